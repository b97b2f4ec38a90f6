package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code cloudtrail-schema athena ddl|inventory|view}: the same inventory on Amazon Athena. Without a
 * subcommand, {@code cloudtrail-schema athena} still lists the Athena service's events, as every
 * other service name does.
 */
@Command(
    name = "athena",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "CloudTrail at organisation scale on Amazon Athena (Trino).",
      "",
      "  athena ddl --bucket B --account ID        the table, with partition projection",
      "  athena ddl --engine trino ...             the same table for open-source Trino",
      "  athena view iam.CreatePolicy              a view: one typed column per field",
      "  athena inventory                          the SQL of scan's inventory",
      "  athena inventory --run ...                run it, print it as scan does",
      "",
      "Without a subcommand: the Athena service's events, as 'cloudtrail-schema SERVICE'.",
      ""
    },
    subcommands = {AthenaDdlCommand.class, AthenaInventoryCommand.class, AthenaViewCommand.class})
public final class AthenaCommand implements Callable<Integer> {
  private final CliContext ctx;

  public AthenaCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    return ShowAction.run(
        ctx, ModelCatalog.embedded(), "athena", false, ColorMode.auto.style(ctx));
  }
}
