package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.athena.CloudTrailTable;
import io.github.cloudtrailschema.athena.TrinoTable;
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
      "Print the CREATE EXTERNAL TABLE of a trail's logs in Athena (or Trino).",
      "",
      "The columns AWS documents, partition projection over account, region and day",
      "(no MSCK REPAIR).",
      "With --engine trino: the same columns for open-source Trino's Hive connector (a",
      "table of the log files and a view of their records; see the README).",
      ""
    })
public final class AthenaDdlCommand implements Callable<Integer> {
  private final CliContext ctx;

  /** Athena (Hive DDL) or open-source Trino (Trino SQL); the columns are the same. */
  enum Engine {
    athena,
    trino
  }

  @Option(
      names = "--bucket",
      paramLabel = "B",
      description = "The trail's bucket (required unless --location).")
  String bucket;

  @Option(
      names = "--location",
      paramLabel = "URI",
      description = "With --engine trino: the directory holding AWSLogs/ (s3://…, local:///…).")
  String location;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "athena",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Engine engine;

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
    if (location != null && (engine != Engine.trino || bucket != null)) {
      throw new UserError("--location: only with --engine trino, instead of --bucket");
    }
    if (location == null && bucket == null) {
      throw new UserError("--bucket: the trail's bucket is needed");
    }
    try {
      if (location != null) {
        ctx.out().println(trinoAt(location).ddl());
        return ExitCodes.OK;
      }
      CloudTrailTable t =
          new CloudTrailTable(
              bucket,
              prefix,
              organization,
              table,
              accounts,
              regions,
              AthenaDates.day("--since", since));
      ctx.out().println(engine == Engine.trino ? TrinoTable.of(t).ddl() : t.ddl());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    return ExitCodes.OK;
  }

  private TrinoTable trinoAt(String uri) {
    if (prefix != null) {
      throw new UserError("--prefix: with --location, put the prefix in the URI");
    }
    return TrinoTable.atLocation(
        uri, organization, table, accounts, regions, AthenaDates.day("--since", since));
  }
}
