package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.learn.LogLearner;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.overlay.Overlay;
import io.github.cloudtrailschema.overlay.OverlayFile;
import io.github.cloudtrailschema.scan.FileReport;
import io.github.cloudtrailschema.scan.ScanException;
import io.github.cloudtrailschema.text.TerminalText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail-schema learn LOGS...}: what the user's own logs hold that the models lack,
 * kept as an overlay that every command then shows beside the models.
 */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Learn from your own logs the events and fields the models lack.",
      "",
      "Reads logs as scan does (folder, file, - for stdin, s3://; the same filters) and",
      "keeps, for each event no model has and each field no model explains, its name",
      "and JSON types (never a value), with record counts and first/last seen, in an",
      "overlay (default: overlay.json in the cache folder; --overlay FILE to choose).",
      "Runs add up. From then on every command shows them beside the models' names,",
      "marked 'seen in your logs'; check counts them as 'from your logs'.",
      "",
      "  learn ~/logs/AWSLogs/            learn --forget      removes the overlay",
      ""
    })
final class LearnCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(arity = "0..*", paramLabel = "LOGS", description = "Folder, file, - or s3://.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--forget", description = "Remove the overlay: nothing learned any more.")
  boolean forget;

  @Mixin ScanFilters filters;

  @Mixin S3Options s3;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read at once (default: cores for local input, 8 with S3).")
  Integer threads;

  @Spec CommandSpec spec;

  LearnCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    GlobalOptions global = GlobalOptions.of(spec);
    Path file = global.overlayFile(ctx);
    if (file == null) {
      throw new UserError(
          global.overlay == null
              ? "no cache folder to keep the overlay in (HOME and XDG_CACHE_HOME are unset);"
                  + " give --overlay FILE"
              : "learn needs an overlay file, not --overlay none");
    }
    if (forget) {
      if (!inputs.isEmpty()) {
        throw new UserError("learn --forget takes no LOGS");
      }
      ctx.out()
          .println(
              OverlayFile.forget(file) ? "removed the overlay " + file : "no overlay at " + file);
      return ExitCodes.OK;
    }
    if (inputs.isEmpty()) {
      throw new UserError("learn needs LOGS to read (a folder, a file, - or s3://)");
    }
    // What is there already is read first: a damaged overlay stops the run, it is not overwritten.
    List<LearnedEvent> before = OverlayFile.readIfPresent(file).map(Overlay::events).orElse(List.of());
    LogLearner.Result r = read(global);
    for (FileReport p : r.problems()) {
      ctx.err().println("cloudtrail-schema: " + TerminalText.oneLine(p.describe()));
    }
    if (r.records() == 0) {
      ctx.err()
          .println(
              "cloudtrail-schema: no record read from "
                  + r.files()
                  + " file(s); the overlay is unchanged");
      return ExitCodes.FINDINGS;
    }
    Overlay after = OverlayFile.write(file, Overlay.merge(before, r.learned()));
    ctx.out().println(summary(r) + ".");
    ctx.out()
        .println(
            "overlay: "
                + file
                + " ("
                + after.events().size()
                + " event(s), "
                + after.fieldCount()
                + " field path(s)"
                + (before.isEmpty() ? "" : "; added to what was learned before")
                + ")");
    return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private LogLearner.Result read(GlobalOptions global) {
    int n = ScanInputs.threads(threads, inputs);
    try (ScanInputs in = s3.inputs(ctx);
        FileProgress progress = FileProgress.on(ctx)) {
      LogLearner learner = new LogLearner(global.models(ctx).catalog(), filters.filter(), n);
      return learner.learn(in.sources(inputs), progress == null ? LogLearner.Progress.NONE : progress);
    } catch (ScanException e) {
      throw new UserError(e.getMessage(), e.isUsage() ? ExitCodes.USAGE : ExitCodes.IO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String summary(LogLearner.Result r) {
    long unmodelled = r.learned().stream().filter(e -> !e.modelled()).count();
    long fields = r.learned().stream().mapToLong(e -> e.fields().size()).sum();
    long withFields = r.learned().stream().filter(e -> !e.fields().isEmpty()).count();
    return "learned from "
        + r.records()
        + " record(s) in "
        + r.files()
        + " file(s): "
        + unmodelled
        + " event(s) no model has, "
        + fields
        + " field path(s) the models lack or spell otherwise, in "
        + withFields
        + " event(s)"
        + (r.unnamed() > 0 ? "; " + r.unnamed() + " record(s) without a CloudTrail name left out" : "")
        + skipped(r);
  }

  /** What was not read, counted as scan and check count it: files, and values that are no record. */
  private static String skipped(LogLearner.Result r) {
    long files = r.problems().stream().filter(p -> !p.ok()).count();
    long values = r.problems().stream().mapToLong(FileReport::skippedRecords).sum();
    return files + values == 0
        ? ""
        : "; skipped " + files + " file(s) and " + values + " value(s) that are not records";
  }

  /** Files read of files listed, on a {@link StatusLine}. */
  private record FileProgress(StatusLine line) implements LogLearner.Progress, AutoCloseable {
    static FileProgress on(CliContext ctx) {
      StatusLine line = StatusLine.on(ctx);
      return line == null ? null : new FileProgress(line);
    }

    @Override
    public void files(int done, int total) {
      line.show("learning: " + done + "/" + total + " files", done == total);
    }

    @Override
    public void close() {
      line.close();
    }
  }
}
