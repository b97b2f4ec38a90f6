package io.github.cloudtrailschema.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.search.Hit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code search} results: a table (rank, eventSource, eventName, read-only, why it matched, the
 * summary, and under each row the command that shows the event) or a JSON array, best first.
 */
public final class SearchHitsRenderer {
  /** Summaries are cut here so that a row stays one line on a wide terminal. */
  private static final int SUMMARY_WIDTH = 90;

  private SearchHitsRenderer() {}

  public static void table(List<Hit> hits, PrintWriter out) {
    String[] header = {"#", "EVENT SOURCE", "EVENT NAME", "RO", "MATCHED", "SUMMARY"};
    String[][] rows = new String[hits.size()][];
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      rows[i] =
          new String[] {
            Integer.toString(i + 1),
            h.eventSource(),
            h.eventName(),
            h.readOnly() ? "yes" : "",
            h.fieldPath().orElse(String.join(", ", h.matched())),
            cut(h.summary())
          };
    }
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] r : rows) {
        widths[c] = Math.max(widths[c], r[c].length());
      }
    }
    out.println(line(header, widths));
    for (int i = 0; i < rows.length; i++) {
      out.println(line(rows[i], widths));
      out.println(" ".repeat(widths[0] + 2) + hits.get(i).command());
    }
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      b.append(cells[c]);
      if (c < cells.length - 1) {
        b.append(" ".repeat(widths[c] - cells[c].length() + 2));
      }
    }
    return b.toString().stripTrailing();
  }

  private static String cut(String s) {
    return s.length() <= SUMMARY_WIDTH ? s : s.substring(0, SUMMARY_WIDTH - 3).stripTrailing() + "...";
  }

  /**
   * A JSON array, best first: rank, eventSource, eventName, service, score, readOnly, eventType
   * kind (apiCall), summary, matched, fieldPath (with --field) and command.
   */
  public static void json(List<Hit> hits, PrintWriter out) {
    JsonGenerator g = JsonOut.open(out);
    try {
      g.writeStartArray();
      int rank = 1;
      for (Hit h : hits) {
        g.writeStartObject();
        g.writeNumberField("rank", rank++);
        g.writeStringField("eventSource", h.eventSource());
        g.writeStringField("eventName", h.eventName());
        g.writeStringField("service", h.service());
        g.writeNumberField("score", h.score());
        g.writeBooleanField("readOnly", h.readOnly());
        g.writeBooleanField("apiCall", h.apiCall());
        g.writeStringField("summary", h.summary());
        g.writeArrayFieldStart("matched");
        for (String m : h.matched()) {
          g.writeString(m);
        }
        g.writeEndArray();
        if (h.fieldPath().isPresent()) {
          g.writeStringField("fieldPath", h.fieldPath().get());
        }
        g.writeStringField("command", h.command());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }
}
