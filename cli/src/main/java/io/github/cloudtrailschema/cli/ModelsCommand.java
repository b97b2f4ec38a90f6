package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelsReport;
import io.github.cloudtrailschema.overlay.OverlaidCatalog;
import io.github.cloudtrailschema.report.ModelsReportRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail-schema models}: which models are in use — the embedded ones and any merged over
 * them — which botocore installations the default ({@code --models auto}) finds, looked for afresh,
 * and the services the newest of those has that the embedded models lack.
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show the models in use and the botocore installations found.",
      "",
      "Lists the embedded models and those merged over them (version, date, services,",
      "operations, how many they replace or add), the botocore installations the",
      "default (--models auto) finds, newest first (looked for afresh), and the",
      "services the newest has that the embedded models lack.",
      ""
    })
final class ModelsCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ReportFormatOption format;

  @Spec CommandSpec spec;

  ModelsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    boolean json = format.json();
    GlobalOptions global = GlobalOptions.of(spec);
    ModelsReport report =
        ModelsReport.of(
            global.models(ctx), ctx.env(), n -> ctx.err().println("cloudtrail-schema: " + n));
    if (global.catalog(ctx) instanceof OverlaidCatalog o) {
      var events = o.resolved();
      report =
          report.withLearned(
              new ModelsReport.Learned(
                  o.overlay().file().toString(),
                  events.size(),
                  (int) events.stream().filter(e -> !e.modelled()).count(),
                  o.overlay().fieldCount()));
    }
    if (json) {
      ModelsReportRenderer.json(report, ctx.out());
    } else {
      ModelsReportRenderer.text(report, global.color.style(ctx), ctx.out());
    }
    return ExitCodes.OK;
  }
}
