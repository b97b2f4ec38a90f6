package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.check.SchemaPathExplainer;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.report.InventoryFormat;
import io.github.cloudtrailschema.scan.FileReport;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.scan.ProgressDisplay;
import io.github.cloudtrailschema.scan.ScanException;
import io.github.cloudtrailschema.scan.ScanOptions;
import io.github.cloudtrailschema.scan.ScanProgress;
import io.github.cloudtrailschema.scan.ScanResult;
import io.github.cloudtrailschema.scan.Scanner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudtrail-schema scan INPUT...}: an inventory of the events in real CloudTrail logs. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Inventory the events in CloudTrail logs (folder, file, stdin or S3).",
      "",
      "INPUT: a folder in the layout CloudTrail writes",
      "(AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/, organization trails too,",
      "digests skipped; symbolic links followed); a file (.json.gz, .json, JSON lines,",
      "an array, EventBridge events); - for stdin; s3://bucket/prefix or one object.",
      "Bad files and records (duplicate keys, over 4 MiB, a line of JSON lines that",
      "does not parse) are reported on stderr, skipped and counted; the records before",
      "a fault in a file count. Anything skipped, or a run that reads no record, makes",
      "the exit code 1.",
      ""
    })
public final class ScanCommand implements Callable<Integer> {
  private final CliContext ctx;

  /** Null on the lean path, which parses without picocli. */
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Folder, file, - or s3://bucket/prefix.")
  List<String> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  InventoryFormat format;

  @Option(
      names = "--fields",
      description = "Also list each event's observed requestParameters/responseElements paths.")
  boolean fields;

  @Mixin ScanFilters filters;

  @Mixin S3Options s3;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read at once (default: cores for local input, 8 with S3).")
  Integer threads;

  public ScanCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The common {@code scan INPUT... [--format F] [--fields] [--threads N]} without picocli (see
   * {@link Main#run}): its start-up (annotation reflection over every command) is a fifth of a
   * 100,000-record scan's CPU on 2 cores. Returns null for anything else (help, another option, a
   * value picocli would reject or convert), which picocli then handles and reports.
   */
  static ScanCommand parseLean(CliContext ctx, String[] args) {
    ScanCommand c = new ScanCommand(ctx);
    c.inputs = new ArrayList<>();
    c.format = InventoryFormat.table;
    c.s3 = new S3Options();
    c.filters = new ScanFilters();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-") || !a.startsWith("-")) {
        c.inputs.add(a);
        continue;
      }
      if (a.equals("--fields")) {
        c.fields = true;
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      String value = eq >= 0 ? a.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
      if (value == null || !(name.equals("--format") || name.equals("--threads"))) {
        return null;
      }
      if (name.equals("--format")) {
        c.format = leanFormat(value);
      } else {
        c.threads = value.matches("[0-9]{1,3}") ? Integer.valueOf(value) : null;
      }
      if (c.format == null || (name.equals("--threads") && c.threads == null)) {
        return null;
      }
    }
    return c.inputs.isEmpty() ? null : c;
  }

  private static InventoryFormat leanFormat(String value) {
    for (InventoryFormat f : InventoryFormat.values()) {
      if (f.name().equals(value)) {
        return f;
      }
    }
    return null;
  }

  @SuppressWarnings("try") // the progress display lives for the try block; nothing calls it
  @Override
  public Integer call() {
    ScanOptions options =
        ScanOptions.defaults()
            .withFilter(filters.filter())
            .withPaths(fields)
            .withExplainer(
                fields ? new SchemaPathExplainer(catalog()) : PathExplainer.UNKNOWN)
            .withThreads(ScanInputs.threads(threads, inputs));
    ScanProgress progress = new ScanProgress();
    ScanResult result;
    try (ScanInputs in = s3.inputs(ctx);
        ProgressDisplay display =
            ctx.stderrTerminal() ? new ProgressDisplay(progress, ctx.err()) : null) {
      result = new Scanner(options, progress).scan(in.sources(inputs));
    } catch (ScanException e) {
      throw new UserError(e.getMessage(), e.isUsage() ? ExitCodes.USAGE : ExitCodes.IO);
    }
    for (FileReport problem : result.problems()) {
      ctx.err().println("cloudtrail-schema: " + io.github.cloudtrailschema.text.TerminalText.oneLine(problem.describe()));
    }
    format.render(result, fields, ctx.out());
    if (result.records() == 0) {
      ctx.err().println("cloudtrail-schema: " + result.nothingRead(inputs));
      return ExitCodes.FINDINGS;
    }
    return result.hasFindings() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The models in use: the global options' when picocli parsed, else the environment's. */
  private ModelCatalog catalog() {
    return spec == null
        ? GlobalOptions.lean(null).catalog(ctx)
        : GlobalOptions.of(spec).catalog(ctx);
  }
}
