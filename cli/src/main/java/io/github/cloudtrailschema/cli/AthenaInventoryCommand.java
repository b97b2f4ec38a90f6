package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.athena.AthenaRunner;
import io.github.cloudtrailschema.athena.AthenaSettings;
import io.github.cloudtrailschema.athena.CloudTrailTable;
import io.github.cloudtrailschema.athena.InventoryRows;
import io.github.cloudtrailschema.athena.InventorySql;
import io.github.cloudtrailschema.athena.QueryException;
import io.github.cloudtrailschema.athena.QueryRunner;
import io.github.cloudtrailschema.athena.TrinoRunner;
import io.github.cloudtrailschema.athena.TrinoSettings;
import io.github.cloudtrailschema.check.SchemaPathExplainer;
import io.github.cloudtrailschema.report.InventoryFormat;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.scan.ScanResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code athena inventory}: scan's inventory as Athena SQL, or run and printed as scan prints. */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Print the SQL of scan's inventory, or run it and print the result.",
      "",
      "The SQL of scan's inventory (and, with --fields, of the top-level",
      "requestParameters/responseElements keys) over the table 'athena ddl' creates;",
      "with --run, run it through the Athena API (or, with --trino, on a Trino server)",
      "and print the result as scan does.",
      ""
    })
public final class AthenaInventoryCommand implements Callable<Integer> {
  private final CliContext ctx;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--table",
      paramLabel = "T",
      defaultValue = CloudTrailTable.DEFAULT_TABLE,
      description = "Table name (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(names = "--fields", description = "Also the top-level request/response keys per event.")
  boolean fields;

  @Option(
      names = "--account",
      split = ",",
      paramLabel = "ID",
      description = "Only these accounts (partition pruning).")
  List<String> accounts = new ArrayList<>();

  @Option(
      names = "--log-region",
      split = ",",
      paramLabel = "REGION",
      description = "Only logs of these regions (partition pruning).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events from this day.")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only events up to this day.")
  String until;

  @Option(
      names = "--run",
      description = "Run the queries (in Athena, or on Trino with --trino) and print the inventory.")
  boolean run;

  @Option(
      names = "--trino",
      paramLabel = "URL",
      description =
          "With --run: run on this Trino server instead of Athena, e.g. http://host:8080;"
              + " a password, if any, from TRINO_PASSWORD, over https only.")
  String trino;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "With --trino: the Trino user (default: $USER, else cloudtrail-schema).")
  String user;

  @Option(
      names = "--catalog",
      paramLabel = "NAME",
      description = "With --trino: the catalog of the table (default: hive).")
  String catalog;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "With --run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  InventoryFormat format;

  @Option(names = "--workgroup", paramLabel = "NAME", description = "Athena workgroup.")
  String workgroup;

  @Option(
      names = "--output-location",
      paramLabel = "S3URL",
      description = "s3://… for query results (unless the workgroup sets one).")
  String outputLocation;

  @Option(
      names = "--database",
      paramLabel = "DB",
      description = "Glue database of the table (with --trino: its schema, default: default).")
  String database;

  @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile.")
  String profile;

  @Option(names = "--region", paramLabel = "REGION", description = "The Athena client's region.")
  String region;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "Athena-compatible endpoint.")
  String endpointUrl;

  public AthenaInventoryCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    InventorySql sql;
    try {
      sql =
          new InventorySql(
              table,
              accounts,
              regions,
              AthenaDates.day("--since", since),
              AthenaDates.day("--until", until));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    if (!run && (trino != null || user != null || catalog != null)) {
      throw new UserError("--trino, --user and --catalog go with --run");
    }
    if (!run) {
      ctx.out().println("-- scan's inventory: one row per eventSource and eventName");
      ctx.out().println(sql.inventory());
      if (fields) {
        ctx.out().println();
        ctx.out().println("-- the top-level requestParameters/responseElements keys per event");
        ctx.out().println(sql.fields());
      }
      return ExitCodes.OK;
    }
    Consumer<String> progress = ctx.stderrTerminal() ? m -> ctx.err().println(m) : m -> {};
    ScanResult result;
    try (QueryRunner runner = runner()) {
      List<List<String>> rows = runner.run(sql.inventory(), progress);
      List<List<String>> keys = fields ? runner.run(sql.fields(), progress) : List.of();
      PathExplainer explainer =
          fields
              ? new SchemaPathExplainer(GlobalOptions.of(spec).catalog(ctx))
              : PathExplainer.UNKNOWN;
      result = InventoryRows.toResult(rows, keys, explainer);
    } catch (QueryException e) {
      throw new UserError(e.getMessage(), ExitCodes.IO);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), ExitCodes.IO);
    }
    format.render(result, fields, ctx.out());
    return ExitCodes.OK;
  }

  /** Athena unless --trino; the options of the other engine are refused, not ignored. */
  private QueryRunner runner() {
    if (trino == null) {
      if (user != null || catalog != null) {
        throw new UserError("--user and --catalog go with --trino");
      }
      return new AthenaRunner(
          new AthenaSettings(profile, region, endpoint(), workgroup, outputLocation, null, database));
    }
    if (workgroup != null || outputLocation != null || profile != null || region != null
        || endpointUrl != null) {
      throw new UserError(
          "--workgroup, --output-location, --profile, --region and --endpoint-url are Athena's:"
              + " not with --trino");
    }
    URI server = UrlOption.parse("--trino", trino);
    String password = ctx.env().get("TRINO_PASSWORD");
    if (password != null && !"https".equals(server.getScheme())) {
      throw new UserError("TRINO_PASSWORD is sent over https only, and --trino is " + trino);
    }
    String name = user != null ? user : ctx.env().getOrDefault("USER", "cloudtrail-schema");
    return new TrinoRunner(
        new TrinoSettings(
            server,
            name,
            password,
            catalog == null ? "hive" : catalog,
            database == null ? "default" : database));
  }

  private URI endpoint() {
    return endpointUrl == null ? null : UrlOption.parse("--endpoint-url", endpointUrl);
  }
}
