package io.github.cloudtrailschema.athena;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of {@code scan}'s inventory and of its field discovery over the table {@link
 * CloudTrailTable} creates. Each query counts exactly what {@code scan} counts, so that the two
 * agree record for record: records and errors per event, first and last {@code eventTime} (ISO
 * text, which sorts as time does), distinct principals by the same fallback order, and the {@code
 * readOnly} flags seen.
 *
 * @param table the table to query
 * @param accounts only these accounts (partition pruning), or all
 * @param regions only these regions (partition pruning), or all
 * @param since the first day, or null
 * @param until the last day (counted whole), or null
 */
public record InventorySql(
    String table, List<String> accounts, List<String> regions, LocalDate since, LocalDate until) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  /** Who acted, as {@code scan} decides it: the ARN, else invokedBy, else type:principal, ... */
  static final String PRINCIPAL =
      "COALESCE(useridentity.arn, useridentity.invokedby,"
          + " CASE WHEN useridentity.principalid IS NULL THEN NULL"
          + " WHEN useridentity.type IS NULL THEN useridentity.principalid"
          + " ELSE useridentity.type || ':' || useridentity.principalid END,"
          + " CASE WHEN useridentity.accountid IS NULL THEN NULL"
          + " WHEN useridentity.type IS NULL THEN useridentity.accountid"
          + " ELSE useridentity.type || ':' || useridentity.accountid END,"
          + " useridentity.type)";

  public InventorySql {
    table = SqlText.identifier(table == null ? CloudTrailTable.DEFAULT_TABLE : table, "--table");
    accounts = List.copyOf(accounts);
    regions = List.copyOf(regions);
  }

  /** One row per event: the columns of {@code scan --format csv}, in its order. */
  public String inventory() {
    return "SELECT\n"
        + "  eventsource,\n"
        + "  eventname,\n"
        + "  count(*) AS records,\n"
        + "  count(errorcode) AS errors,\n"
        + "  min(eventtime) AS first_seen,\n"
        + "  max(eventtime) AS last_seen,\n"
        + "  count(DISTINCT "
        + PRINCIPAL
        + ") AS principals,\n"
        + "  count_if(lower(readonly) = 'true') AS read_only_true,\n"
        + "  count_if(lower(readonly) = 'false') AS read_only_false\n"
        + "FROM "
        + table
        + "\n"
        + where("eventsource IS NOT NULL AND eventname IS NOT NULL")
        + "GROUP BY eventsource, eventname\n"
        + "ORDER BY eventsource, eventname";
  }

  /**
   * The top-level keys of requestParameters and responseElements per event, each with the number of
   * records that have it: the first level of {@code scan --fields}. A value that is not a JSON
   * object (null, a string) has no keys, as in {@code scan}.
   */
  public String fields() {
    return part("requestparameters", "requestParameters")
        + "UNION ALL\n"
        + part("responseelements", "responseElements")
        + "ORDER BY eventsource, eventname, field";
  }

  private String part(String column, String label) {
    return "SELECT eventsource, eventname, "
        + SqlText.literal(label)
        + " || '.' || k AS field, count(*) AS records\n"
        + "FROM "
        + table
        + "\n"
        + "CROSS JOIN UNNEST(map_keys(TRY_CAST(json_parse("
        + column
        + ") AS MAP(VARCHAR, JSON)))) AS t (k)\n"
        + where("eventsource IS NOT NULL AND eventname IS NOT NULL")
        + "GROUP BY eventsource, eventname, k\n";
  }

  private String where(String base) {
    List<String> terms = new ArrayList<>();
    terms.add(base);
    if (!accounts.isEmpty()) {
      terms.add("account IN (" + list(accounts) + ")");
    }
    if (!regions.isEmpty()) {
      terms.add("region IN (" + list(regions) + ")");
    }
    // The partition prunes whole days; eventTime then trims to the exact bounds, as scan does.
    if (since != null) {
      terms.add("\"timestamp\" >= " + SqlText.literal(since.format(DAY)));
      terms.add("eventtime >= " + SqlText.literal(since + "T00:00:00Z"));
    }
    if (until != null) {
      terms.add("\"timestamp\" <= " + SqlText.literal(until.format(DAY)));
      terms.add("eventtime < " + SqlText.literal(until.plusDays(1) + "T00:00:00Z"));
    }
    return "WHERE " + String.join("\n  AND ", terms) + "\n";
  }

  private static String list(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(SqlText.literal(v)));
    return String.join(", ", out);
  }
}
