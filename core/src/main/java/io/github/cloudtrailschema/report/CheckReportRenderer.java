package io.github.cloudtrailschema.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.check.CheckReport;
import io.github.cloudtrailschema.scan.FileReport;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.text.Table;
import io.github.cloudtrailschema.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link CheckReport}: per-event findings, then the summary; or all of it as JSON. */
public final class CheckReportRenderer {
  private CheckReportRenderer() {}

  public static void render(
      CheckReport report,
      List<FileReport> files,
      boolean json,
      boolean allEvents,
      boolean bySource,
      PrintWriter out) {
    if (json) {
      json(report, files, out);
    } else {
      text(report, files, allEvents, bySource, out);
    }
  }

  private static void text(
      CheckReport report,
      List<FileReport> files,
      boolean allEvents,
      boolean bySource,
      PrintWriter out) {
    StringBuilder unrecognised = new StringBuilder();
    for (Map.Entry<String, CheckReport.EventTally> e : report.events().entrySet()) {
      CheckReport.EventTally t = e.getValue();
      String event = TerminalText.escape(e.getKey().replace('\t', ' '));
      if (!t.reason.isEmpty()) {
        unrecognised
            .append("  ")
            .append(event)
            .append(" (")
            .append(t.records)
            .append("): ")
            .append(TerminalText.escape(t.reason))
            .append('\n');
        continue;
      }
      if (!allEvents && t.unexplained.isEmpty() && t.alternatives.isEmpty()) {
        continue;
      }
      out.printf(
          "%s: %d record(s), %d/%d fields explained%s%n",
          event,
          t.records,
          t.explained,
          t.leaves,
          t.byLogs > 0 ? " (" + t.byLogs + " from your logs)" : "");
      t.unexplained.forEach(
          (path, n) -> {
            if (n[0] > 0) {
              out.printf("  unknown field  %s (%d)%n", TerminalText.escape(path), n[0]);
            }
            if (n[1] > 0) {
              out.printf("  wrong type     %s (%d)%n", TerminalText.escape(path), n[1]);
            }
          });
      t.alternatives.forEach(
          (path, n) -> out.printf("  alternative    %s (%d): not the shown name%n", path, n));
    }
    if (unrecognised.length() > 0) {
      out.println("not recognised:");
      out.print(unrecognised);
    }
    if (bySource) {
      out.println();
      Table t = new Table("EVENT SOURCE", "RECORDS", "RECOGNISED", "FIELDS", "EXPLAINED");
      report
          .bySource()
          .forEach(
              (source, n) ->
                  t.row(
                      source,
                      Long.toString(n[0]),
                      Long.toString(n[1]),
                      Long.toString(n[2]),
                      percent(n[3], n[2])));
      t.print(out, Style.PLAIN);
    }
    long skippedFiles = files.stream().filter(f -> !f.ok()).count();
    long skippedRecords = files.stream().mapToLong(FileReport::skippedRecords).sum();
    out.println();
    out.printf(
        "%d record(s) in %d file(s); skipped %d file(s) and %d value(s) that are not records%n",
        report.records(), files.size(), skippedFiles, skippedRecords);
    out.printf(
        "events recognised:     %d/%d (%s)%s%n",
        report.recognised(),
        report.records(),
        percent(report.recognised(), report.records()),
        report.recognisedFromLogs() > 0
            ? "; from your logs: " + report.recognisedFromLogs()
            : "");
    out.printf(
        "leaf fields explained: %d/%d (%s)%n",
        report.explained(), report.leaves(), percent(report.explained(), report.leaves()));
    long shown = report.explained() - report.explainedByAlternative() - report.explainedByLogs();
    out.printf(
        "  by the shown name:   %d/%d (%s)%n",
        shown, report.leaves(), percent(shown, report.leaves()));
    out.printf(
        "  only by an alternative spelling: %d%n", report.explainedByAlternative());
    if (report.explainedByLogs() > 0) {
      // Learned (cloudtrail-schema learn): no model has these; the user's logs showed them.
      out.printf("  from your logs:      %d%n", report.explainedByLogs());
    }
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static void json(CheckReport report, List<FileReport> files, PrintWriter out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      // stdout stays open: closing it here lost the final newline, and any later write silently
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("files", files.size());
      g.writeNumberField("skippedFiles", files.stream().filter(f -> !f.ok()).count());
      g.writeNumberField(
          "skippedRecords", files.stream().mapToLong(FileReport::skippedRecords).sum());
      g.writeNumberField("records", report.records());
      g.writeNumberField("recognised", report.recognised());
      g.writeNumberField("leaves", report.leaves());
      g.writeNumberField("explained", report.explained());
      g.writeNumberField("explainedByAlternative", report.explainedByAlternative());
      g.writeNumberField("explainedByLogs", report.explainedByLogs());
      g.writeNumberField("recognisedFromLogs", report.recognisedFromLogs());
      g.writeArrayFieldStart("skipped");
      for (FileReport f : files) {
        if (!f.ok()) {
          g.writeStartObject();
          g.writeStringField("path", f.path());
          g.writeStringField("problem", f.problem().kind().name());
          g.writeStringField("message", f.problem().message());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (Map.Entry<String, CheckReport.EventTally> e : report.events().entrySet()) {
        CheckReport.EventTally t = e.getValue();
        String[] key = e.getKey().split("\t", 2);
        g.writeStartObject();
        g.writeStringField("eventSource", key[0]);
        g.writeStringField("eventName", key[1]);
        g.writeNumberField("records", t.records);
        g.writeBooleanField("recognised", t.reason.isEmpty());
        if (!t.reason.isEmpty()) {
          g.writeStringField("reason", t.reason);
        }
        g.writeNumberField("leaves", t.leaves);
        g.writeNumberField("explained", t.explained);
        g.writeNumberField("explainedByAlternative", t.byAlternative);
        g.writeNumberField("explainedByLogs", t.byLogs);
        g.writeArrayFieldStart("unexplained");
        for (Map.Entry<String, long[]> u : t.unexplained.entrySet()) {
          g.writeStartObject();
          g.writeStringField("path", u.getKey());
          g.writeNumberField("unknownField", u.getValue()[0]);
          g.writeNumberField("wrongType", u.getValue()[1]);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
