package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.lint.LintFiles;
import io.github.cloudtrailschema.lint.LintReport;
import io.github.cloudtrailschema.lint.Linter;
import io.github.cloudtrailschema.text.TerminalText;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail-schema lint FILE...}: checks Cloud Custodian policies, EventBridge event
 * patterns and Sigma rules against the schema. Exit code 1 when there is an error or a file named
 * on the command line is none of these kinds, 0 otherwise.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Check Cloud Custodian policies, EventBridge patterns and Sigma rules.",
      "",
      "Custodian policies in cloudtrail mode (events, ids, event filters),",
      "EventBridge event patterns (JSON, or in CloudFormation/SAM templates) and",
      "Sigma rules for aws/cloudtrail: events that exist as named, fields that",
      "exist in them, plausible values. Findings are printed as",
      "FILE:LINE:COLUMN: error|warning: message. Folders are searched for .yml,",
      ".yaml and .json files; - reads stdin. Exit code 1 when there is an error or",
      "a file named on the command line is none of these kinds.",
      ""
    })
final class LintCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Mixin ReportFormatOption format;

  @Spec CommandSpec spec;

  LintCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    boolean jsonReport = format.json();
    List<LintFiles.Input> files;
    try {
      files = LintFiles.expand(inputs);
    } catch (NoSuchFileException e) {
      // a path that names nothing is a mistake in what was typed, as in scan and check
      throw new UserError("no such file or folder: " + e.getFile(), ExitCodes.USAGE);
    } catch (IOException e) {
      throw new UserError("cannot read: " + e.getMessage(), ExitCodes.IO);
    }
    Linter linter = new Linter(GlobalOptions.of(spec).catalog(ctx));
    LintReport report = new LintReport();
    int namedSkipped = 0;
    for (LintFiles.Input file : files) {
      byte[] bytes;
      try {
        bytes = LintFiles.read(file, ctx.in());
      } catch (IOException e) {
        throw new UserError("cannot read " + file.name() + ": " + e.getMessage(), ExitCodes.IO);
      }
      boolean jsonInput =
          file.json()
              || (file.stdin()
                  && io.github.cloudtrailschema.lint.DocumentReader.looksLikeJson(bytes));
      Linter.Result result = linter.lint(file.name(), bytes, jsonInput);
      report.add(result);
      if (!result.recognised() && file.named()) {
        // a file named on the command line that lint cannot check is said, not only counted
        namedSkipped++;
        ctx.err()
            .println(
                "cloudtrail-schema: lint: "
                    + TerminalText.oneLine(file.name())
                    + ": skipped: no Custodian policy, EventBridge pattern or CloudTrail Sigma"
                    + " rule");
      }
    }
    if (jsonReport) {
      report.json(ctx.out());
    } else {
      report.text(ctx.out());
    }
    if (!report.clean()) {
      ctx.err().println("cloudtrail-schema: lint: " + report.summary());
    }
    return report.errors() > 0 || namedSkipped > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
