package io.github.cloudtrailschema.athena;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CloudTrail table of {@link CloudTrailTable} for open-source Trino's Hive connector ({@code
 * athena ddl --engine trino}): the same columns with the same types, so that the same inventory and
 * view SQL runs on it, read from the same, unconverted log files.
 *
 * <p>Two differences from Athena's table, because open-source Trino has no {@code
 * CloudTrailInputFormat} (Athena's reader that splits a file's {@code {"Records":[…]}} into rows)
 * and speaks Trino SQL rather than Hive DDL:
 *
 * <ul>
 *   <li>A file table ({@code T_files}) reads each log file as one row of one column, {@code records
 *       ARRAY(ROW(<the columns>))}, with the OpenX JSON SerDe ({@code format = 'OPENX_JSON'}),
 *       which keeps a JSON object or array in a {@code VARCHAR} column as its JSON text (Trino's
 *       Hive JSON SerDe rejects it); CloudTrail writes each file as a single line. A view {@code
 *       T} unnests the records into the documented columns plus the partition columns.
 *   <li>Partition projection is Trino's: column properties ({@code partition_projection_type},
 *       …) instead of {@code projection.*} table properties, with the same values and template.
 *       The catalogue needs {@code hive.ignore-absent-partitions=true}, since a projected day
 *       without logs has no directory (Athena skips those silently).
 * </ul>
 *
 * <p>The SerDe matches keys to columns case-insensitively, as Athena's does (CloudTrail writes
 * {@code ARN} in resources, {@code arn} in userIdentity); it applies the same rule inside the
 * request and response objects it keeps as text, so of two keys of one object equal but for case
 * (S3's PutBucketTagging logs {@code Tagging} and {@code tagging}) only the last reaches SQL. A
 * case-sensitive SerDe with a key mapping would fix that and break the first.
 *
 * @param root where the trail's files start, up to {@code AWSLogs/} or {@code AWSLogs/o-…/}
 * @param table the view's name; the file table is {@code table + "_files"}
 * @param accounts the accounts to project
 * @param regions the regions to project
 * @param since the first day to project; the range runs to {@code NOW}
 */
public record TrinoTable(
    String root, String table, List<String> accounts, List<String> regions, LocalDate since) {

  private static final Pattern LOCATION = Pattern.compile("[a-z][a-z0-9+.-]*://[^\\s'\\\\$]*");

  public TrinoTable {
    table = SqlText.identifier(table == null ? CloudTrailTable.DEFAULT_TABLE : table, "--table");
    accounts = List.copyOf(accounts);
    regions = List.copyOf(regions);
  }

  /** The Trino table over the same files, projection and name as an Athena table. */
  public static TrinoTable of(CloudTrailTable t) {
    return new TrinoTable(t.root(), t.table(), t.accounts(), t.regions(), t.since());
  }

  /**
   * A table whose logs are under a URI Trino's file systems read ({@code s3://…}, {@code
   * local:///…}) instead of an S3 bucket and prefix.
   *
   * @param location the directory that holds {@code AWSLogs/}
   */
  public static TrinoTable atLocation(
      String location,
      String organization,
      String table,
      List<String> accounts,
      List<String> regions,
      LocalDate since) {
    CloudTrailTable.check(LOCATION, location, "--location", "a URI like s3://bucket/prefix/");
    if (organization != null) {
      CloudTrailTable.check(CloudTrailTable.ORG, organization, "--org", "an organisation id");
    }
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("--account: at least one account id is needed");
    }
    for (String a : accounts) {
      CloudTrailTable.check(CloudTrailTable.ACCOUNT, a, "--account", "a 12-digit account id");
    }
    List<String> rs = regions.isEmpty() ? CloudTrailTable.COMMERCIAL_REGIONS : regions;
    for (String r : rs) {
      CloudTrailTable.check(CloudTrailTable.REGION, r, "--log-region", "a region like eu-west-1");
    }
    String root = (location.endsWith("/") ? location : location + "/") + "AWSLogs/";
    root = organization == null ? root : root + organization + "/";
    return new TrinoTable(root, table, accounts, rs, since);
  }

  /** The file table and the view, a script of two statements each ending in {@code ;}. */
  public String ddl() {
    return fileTable() + ";\n\n" + view() + ";";
  }

  /** The {@code CREATE TABLE} of the log files, one row per file. */
  public String fileTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("CREATE TABLE IF NOT EXISTS ").append(table).append("_files (\n");
    sb.append("  records ARRAY(ROW(\n");
    List<String> columns = CloudTrailTable.COLUMNS;
    for (int i = 0; i < columns.size(); i++) {
      sb.append("    ").append(trinoColumn(columns.get(i)).replace("\n", "\n    "));
      sb.append(i < columns.size() - 1 ? ",\n" : "\n");
    }
    sb.append("  )),\n");
    sb.append("  account VARCHAR WITH (\n");
    sb.append("    partition_projection_type = 'enum',\n");
    sb.append("    partition_projection_values = ").append(array(accounts)).append("),\n");
    sb.append("  region VARCHAR WITH (\n");
    sb.append("    partition_projection_type = 'enum',\n");
    sb.append("    partition_projection_values = ").append(array(regions)).append("),\n");
    sb.append("  \"timestamp\" VARCHAR WITH (\n");
    sb.append("    partition_projection_type = 'date',\n");
    sb.append("    partition_projection_format = 'yyyy/MM/dd',\n");
    String start = since.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    sb.append("    partition_projection_range = ").append(array(List.of(start, "NOW"))).append(",\n");
    sb.append("    partition_projection_interval = 1,\n");
    sb.append("    partition_projection_interval_unit = 'DAYS')\n");
    sb.append(")\n");
    sb.append("WITH (\n");
    sb.append("  format = 'OPENX_JSON',\n");
    sb.append("  external_location = ").append(SqlText.literal(root)).append(",\n");
    sb.append("  partitioned_by = ARRAY['account', 'region', 'timestamp'],\n");
    sb.append("  partition_projection_enabled = true,\n");
    String template = root + "${account}/CloudTrail/${region}/${timestamp}";
    sb.append("  partition_projection_location_template = ").append(SqlText.literal(template));
    sb.append("\n)");
    return sb.toString();
  }

  /** The view with Athena's columns, one row per record, and the partition columns. */
  public String view() {
    List<String> names = new ArrayList<>();
    CloudTrailTable.COLUMNS.forEach(c -> names.add(c.substring(0, c.indexOf(' '))));
    String list = String.join(",\n  ", names);
    return "CREATE OR REPLACE VIEW "
        + table
        + " AS\nSELECT\n  "
        + list
        + ",\n  account,\n  region,\n  \"timestamp\"\nFROM "
        + table
        + "_files\nCROSS JOIN UNNEST(records) AS r (\n  "
        + list
        + ")";
  }

  /** {@code name STRUCT<a: STRING>} (Hive DDL) → {@code name ROW(a VARCHAR)} (Trino SQL). */
  static String trinoColumn(String hive) {
    return hive.replaceAll("([a-z0-9_]+): ", "$1 ")
        .replace("STRUCT<", "ROW(")
        .replace("ARRAY<", "ARRAY(")
        .replace("MAP<", "MAP(")
        .replace('>', ')')
        .replace("STRING", "VARCHAR");
  }

  private static String array(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(SqlText.literal(v)));
    return "ARRAY[" + String.join(", ", out) + "]";
  }
}
