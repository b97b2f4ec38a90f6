package io.github.cloudtrailschema.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: columns padded to their widest cell, the last column unpadded. */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... header) {
    this.header = List.of(header);
  }

  /** A row; cells may come from input, so they are escaped for the terminal here, once. */
  public Table row(String... cells) {
    List<String> safe = new ArrayList<>(cells.length);
    for (String c : cells) {
      safe.add(TerminalText.escape(c));
    }
    rows.add(safe);
    return this;
  }

  public void print(PrintWriter out, Style style) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    out.println(style.heading(line(header, widths)));
    for (List<String> r : rows) {
      out.println(line(r, widths));
    }
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      b.append(c);
      if (i < cells.size() - 1) {
        b.append(" ".repeat(widths[i] - c.length() + 2));
      }
    }
    return b.toString().stripTrailing();
  }
}
