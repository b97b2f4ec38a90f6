package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.athena.CloudTrailTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code athena ddl}: the CREATE TABLE of CloudTrail logs with partition projection. */
@Command(
    name = "ddl",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Print the CREATE EXTERNAL TABLE of a trail's logs in Athena: the columns AWS",
      "documents, partition projection over account, region and day (no MSCK REPAIR).",
      ""
    })
public final class AthenaDdlCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--bucket",
      required = true,
      paramLabel = "B",
      description = "The trail's bucket.")
  String bucket;

  @Option(names = "--prefix", paramLabel = "P", description = "The trail's key prefix, if any.")
  String prefix;

  @Option(
      names = "--org",
      paramLabel = "o-…",
      description = "An organisation trail's organisation id (AWSLogs/o-…/<account>/…).")
  String organization;

  @Option(
      names = "--account",
      required = true,
      split = ",",
      paramLabel = "ID",
      description = "Accounts to project (repeatable or comma-separated).")
  List<String> accounts = new ArrayList<>();

  @Option(
      names = "--log-region",
      split = ",",
      paramLabel = "REGION",
      description = "Regions to project (default: every commercial region).")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2020-01-01",
      description = "First day of the projection (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(
      names = "--table",
      paramLabel = "T",
      defaultValue = CloudTrailTable.DEFAULT_TABLE,
      description = "Table name (default: ${DEFAULT-VALUE}).")
  String table;

  public AthenaDdlCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    CloudTrailTable t;
    try {
      t =
          new CloudTrailTable(
              bucket,
              prefix,
              organization,
              table,
              accounts,
              regions,
              AthenaDates.day("--since", since));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    ctx.out().println(t.ddl());
    return ExitCodes.OK;
  }
}
