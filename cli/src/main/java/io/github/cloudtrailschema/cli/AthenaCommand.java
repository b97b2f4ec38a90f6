package io.github.cloudtrailschema.cli;

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

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public AthenaCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    GlobalOptions global = GlobalOptions.of(spec);
    return ShowAction.run(
        ctx, global.catalog(ctx), "athena", global.docs, global.color.style(ctx));
  }
}
