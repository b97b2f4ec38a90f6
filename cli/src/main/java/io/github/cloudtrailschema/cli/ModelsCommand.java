package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelsReport;
import io.github.cloudtrailschema.report.ModelsReportRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cloudtrail-schema models}: where the models come from — the embedded ones and any merged
 * over them — which botocore installations {@code --models auto} would find, and the services the
 * newest of those has that the embedded models lack.
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show the model sources in use and the botocore installations found.",
      "",
      "Lists the embedded models and those --models merges over them (version, date,",
      "services, operations, how many they replace or add), the botocore installations",
      "--models auto would use, and the services the first of those has that the",
      "embedded models lack.",
      ""
    })
final class ModelsCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ReportFormatOption format;

  @Mixin ModelOptions models;

  ModelsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    boolean json = format.json();
    ModelsReport report =
        ModelsReport.of(
            models.catalog(), ctx.env(), n -> ctx.err().println("cloudtrail-schema: " + n));
    if (json) {
      ModelsReportRenderer.json(report, ctx.out());
    } else {
      ModelsReportRenderer.text(report, ColorMode.auto.style(ctx), ctx.out());
    }
    return ExitCodes.OK;
  }
}
