package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.scan.EventReport;
import io.github.cloudtrailschema.scan.FieldReport;
import io.github.cloudtrailschema.scan.ScanResult;
import io.github.cloudtrailschema.text.CsvCell;
import java.io.PrintWriter;

/**
 * The inventory as RFC 4180 CSV: one row per event; with field paths, one row per event and path
 * instead (a spreadsheet wants one rectangle, not nested rows). Totals are left to stderr's problem
 * lines and the exit code: CSV has nowhere to put them. Every cell comes from log records, so each
 * goes through {@link CsvCell}, into a file as onto a terminal: a spreadsheet is the sink here.
 */
public final class InventoryCsvRenderer {
  private InventoryCsvRenderer() {}

  public static void render(ScanResult result, boolean withFields, PrintWriter out) {
    if (withFields) {
      out.print("eventSource,eventName,path,count,explained\r\n");
      for (EventReport e : result.events()) {
        for (FieldReport f : e.fields()) {
          row(
              out,
              e.eventSource(),
              e.eventName(),
              f.path().toString(),
              Long.toString(f.count()),
              f.explanation().label());
        }
      }
      return;
    }
    out.print("eventSource,eventName,count,errors,firstSeen,lastSeen,principals,readOnly\r\n");
    for (EventReport e : result.events()) {
      row(
          out,
          e.eventSource(),
          e.eventName(),
          Long.toString(e.count()),
          Long.toString(e.errors()),
          nullToEmpty(e.firstSeen()),
          nullToEmpty(e.lastSeen()),
          Integer.toString(e.principals()),
          e.readOnly().label());
    }
  }

  private static void row(PrintWriter out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.print(',');
      }
      out.print(CsvCell.of(cells[i]));
    }
    out.print("\r\n");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
