package io.github.cloudtrailschema.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudtrail-schema athena ddl|inventory}: the same inventory on Amazon Athena. */
@Command(
    name = "athena",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "CloudTrail at organisation scale on Amazon Athena (Trino).",
      "",
      "  athena ddl --bucket B --account ID        the table, with partition projection",
      "  athena inventory                          the SQL of scan's inventory",
      "  athena inventory --run --output-location s3://results/   run it, print as scan does",
      ""
    },
    subcommands = {AthenaDdlCommand.class, AthenaInventoryCommand.class})
public final class AthenaCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("athena: name a subcommand: ddl or inventory ('athena --help' says more)");
  }
}
