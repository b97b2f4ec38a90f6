package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.search.Hit;
import io.github.cloudtrailschema.text.JsonText;
import java.io.PrintWriter;
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
    return s.length() <= SUMMARY_WIDTH
        ? s
        : s.substring(0, SUMMARY_WIDTH - 3).stripTrailing() + "...";
  }

  /**
   * A JSON array, best first: rank, eventSource, eventName, operation, service, score, readOnly,
   * eventCategory, apiCall, summary, matched, fieldPath (with --field) and command. Written directly rather than
   * through Jackson: loading its generator would cost a search a third of its start-up.
   */
  public static void json(List<Hit> hits, PrintWriter out) {
    if (hits.isEmpty()) {
      out.println("[]");
      return;
    }
    out.println("[");
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      out.println("  {");
      field(out, "rank", Integer.toString(i + 1));
      field(out, "eventSource", JsonText.quote(h.eventSource()));
      field(out, "eventName", JsonText.quote(h.eventName()));
      field(out, "operation", JsonText.quote(h.operation()));
      field(out, "service", JsonText.quote(h.service()));
      field(out, "score", Double.toString(h.score()));
      field(out, "readOnly", Boolean.toString(h.readOnly()));
      field(out, "eventCategory", JsonText.quote(h.category().recordValue()));
      field(out, "apiCall", Boolean.toString(h.apiCall()));
      field(out, "summary", JsonText.quote(h.summary()));
      StringBuilder matched = new StringBuilder("[");
      for (String m : h.matched()) {
        matched.append(matched.length() > 1 ? ", " : "").append(JsonText.quote(m));
      }
      field(out, "matched", matched.append(']').toString());
      if (h.fieldPath().isPresent()) {
        field(out, "fieldPath", JsonText.quote(h.fieldPath().get()));
      }
      out.println("    \"command\": " + JsonText.quote(h.command()));
      out.println(i < hits.size() - 1 ? "  }," : "  }");
    }
    out.println("]");
  }

  private static void field(PrintWriter out, String name, String json) {
    out.println("    \"" + name + "\": " + json + ",");
  }
}
