package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.scan.EventReport;
import io.github.cloudtrailschema.scan.FieldReport;
import io.github.cloudtrailschema.scan.ScanResult;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.text.Table;
import io.github.cloudtrailschema.text.TerminalText;
import java.io.PrintWriter;

/**
 * The inventory as an aligned table, one event per line, then a totals line; with field paths, a
 * small table of paths under each event.
 */
public final class InventoryTableRenderer {
  private InventoryTableRenderer() {}

  public static void render(ScanResult result, boolean withFields, PrintWriter out) {
    Table table =
        new Table(
            "EVENT SOURCE",
            "EVENT NAME",
            "COUNT",
            "ERRORS",
            "FIRST SEEN",
            "LAST SEEN",
            "PRINCIPALS",
            "READ-ONLY");
    for (EventReport e : result.events()) {
      table.row(
          e.eventSource(),
          e.eventName(),
          Long.toString(e.count()),
          Long.toString(e.errors()),
          orDash(e.firstSeen()),
          orDash(e.lastSeen()),
          Integer.toString(e.principals()),
          e.readOnly().label());
    }
    table.print(out, Style.PLAIN);
    if (withFields) {
      for (EventReport e : result.events()) {
        fields(e, out);
      }
    }
    out.println();
    out.println(totals(result));
  }

  private static void fields(EventReport e, PrintWriter out) {
    out.println();
    out.println(TerminalText.escape(e.eventSource() + " " + e.eventName()));
    if (e.fields().isEmpty()) {
      out.println("  (no requestParameters or responseElements)");
      return;
    }
    Table t = new Table("  PATH", "COUNT", "EXPLAINED");
    for (FieldReport f : e.fields()) {
      t.row("  " + f.path(), Long.toString(f.count()), f.explanation().label());
    }
    t.print(out, Style.PLAIN);
  }

  static String totals(ScanResult r) {
    String s =
        r.files()
            + " files, "
            + r.records()
            + " records, "
            + r.events().size()
            + " events; skipped: "
            + r.skippedFiles()
            + " files, "
            + r.skippedRecords()
            + " records";
    return r.filteredRecords() > 0 ? s + "; filtered out: " + r.filteredRecords() + " records" : s;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
