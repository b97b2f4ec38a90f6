package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.check.CheckReport;
import io.github.cloudtrailschema.check.RecordChecker;
import io.github.cloudtrailschema.report.CheckReportRenderer;
import io.github.cloudtrailschema.scan.FileReport;
import io.github.cloudtrailschema.scan.KeyFilter;
import io.github.cloudtrailschema.scan.LogFile;
import io.github.cloudtrailschema.scan.LogSource;
import io.github.cloudtrailschema.scan.RecordReader;
import io.github.cloudtrailschema.scan.ScanException;
import io.github.cloudtrailschema.scan.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail-schema check FILE...}: reads real records and reports which of their fields the
 * schema explains. Exit code 0 when every record is recognised and every field explained, 1 when
 * anything is not or any input was skipped.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Check real records against the schema: events recognised, fields explained.",
      "",
      "Reads CloudTrail log files ({\"Records\": [...]}, .json or .json.gz), JSON lines,",
      "JSON arrays, EventBridge events (the record under detail), folders of them",
      "(symbolic links followed), - for stdin, or s3://bucket/prefix (or one object).",
      "A record with duplicate keys or over 4 MiB is reported and skipped.",
      "Exit code 1 when anything is unrecognised, unexplained or skipped, or when no",
      "record was read.",
      ""
    })
final class CheckCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Files, folders, - for stdin, or s3://bucket/prefix.")
  List<String> inputs;

  @Mixin ReportFormatOption format;

  @Option(names = "--events", description = "List every event, not only those with findings.")
  boolean allEvents;

  @Option(names = "--by-source", description = "Add a table of totals per eventSource.")
  boolean bySource;

  @Spec CommandSpec spec;

  @Mixin S3Options s3;

  CheckCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    boolean json = format.json();
    CheckReport report = new CheckReport();
    List<FileReport> files = new ArrayList<>();
    try (ScanInputs in = s3.inputs(ctx)) { // open while reading: S3 files fetch lazily
      List<LogFile> listed = files(in); // bad inputs fail before the event index is built
      RecordChecker checker = new RecordChecker(GlobalOptions.of(spec).catalog(ctx));
      for (LogFile file : listed) {
        FileReport r = RecordReader.readTrees(file, record -> report.add(checker.check(record)));
        files.add(r);
        if (!r.ok() || r.skippedRecords() > 0) {
          ctx.err().println("cloudtrail-schema: " + io.github.cloudtrailschema.text.TerminalText.oneLine(r.describe()));
        }
      }
    }
    CheckReportRenderer.render(
        report, files, json, allEvents, bySource, ctx.out());
    if (report.records() == 0) {
      long skipped = files.stream().filter(f -> !f.ok()).count();
      ctx.err()
          .println("cloudtrail-schema: " + ScanResult.nothingRead(files.size(), skipped, inputs));
      return ExitCodes.FINDINGS;
    }
    boolean clean =
        files.stream().allMatch(f -> f.ok() && f.skippedRecords() == 0)
            && report.recognised() == report.records()
            && report.explained() == report.leaves();
    return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** The files to read, listed up front: local, stdin and S3 inputs as {@code scan} takes them. */
  private List<LogFile> files(ScanInputs in) {
    List<LogFile> out = new ArrayList<>();
    try {
      for (LogSource source : in.sources(inputs)) {
        source.list(KeyFilter.ALL, out::add);
      }
    } catch (ScanException e) {
      throw new UserError(e.getMessage(), e.isUsage() ? ExitCodes.USAGE : ExitCodes.IO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
