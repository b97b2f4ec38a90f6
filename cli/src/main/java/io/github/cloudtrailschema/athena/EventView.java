package io.github.cloudtrailschema.athena;

import io.github.cloudtrailschema.format.athena.AthenaColumns;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code athena view SERVICE.Event}: a view over the CloudTrail table with one typed column per
 * leaf field of the event as the API model describes it, by the same rules as {@code --format
 * athena} ({@link AthenaColumns}), filtered on the event's eventSource and eventName. Users then
 * query {@code SELECT request_policy_name, … FROM cloudtrail_iam_create_policy} instead of writing
 * a {@code json_extract_scalar} per field.
 *
 * @param event the event
 * @param table the CloudTrail table (or Trino view) to read
 * @param name the view's name
 */
public record EventView(EventSchema event, String table, String name) {
  /**
   * At most this many field columns: a few events (QuickSight's definitions) have thousands of
   * leaves; the rest is a comment. 1,000 columns keep the statement well under Athena's 256 KB
   * query limit.
   */
  public static final int MAX_FIELDS = 1000;

  /** The columns every view starts with: when, who, from where, the outcome, the partitions. */
  static final List<String> COMMON =
      List.of(
          "eventtime",
          "eventid",
          "useridentity.arn AS user_arn",
          "useridentity.type AS user_type",
          "useridentity.accountid AS user_account_id",
          "sourceipaddress",
          "useragent",
          "awsregion",
          "errorcode",
          "errormessage",
          "readonly",
          "account",
          "region",
          "\"timestamp\"");

  public EventView {
    table = SqlText.identifier(table == null ? CloudTrailTable.DEFAULT_TABLE : table, "--table");
    name = SqlText.identifier(name == null ? defaultName(event) : name, "--name");
  }

  /** {@code cloudtrail_<service>_<event_name>}: {@code cloudtrail_iam_create_policy}. */
  public static String defaultName(EventSchema event) {
    String source = event.eventSource();
    int dot = source.indexOf(".amazonaws.com");
    String service = dot > 0 ? source.substring(0, dot) : source;
    String name = "cloudtrail_" + snake(service) + "_" + snake(event.eventName());
    return name.length() > 128 ? name.substring(0, 128) : name;
  }

  /** The statement, without a trailing semicolon (Athena's API and Trino's take one statement). */
  public String sql() {
    AthenaColumns fields = AthenaColumns.of(event, MAX_FIELDS);
    List<String> columns = new ArrayList<>(COMMON);
    columns.addAll(fields.items());
    StringBuilder sb = new StringBuilder();
    sb.append("-- CloudTrail records of ")
        .append(event.eventSource())
        .append(' ')
        .append(event.eventName())
        .append(": one typed column per field of the API model.\n");
    if (fields.skipped() > 0) {
      sb.append("-- ")
          .append(fields.skipped())
          .append(" more fields are not extracted (at most ")
          .append(MAX_FIELDS)
          .append(").\n");
    }
    sb.append("CREATE OR REPLACE VIEW ").append(name).append(" AS\nSELECT\n");
    for (int i = 0; i < columns.size(); i++) {
      sb.append("  ").append(columns.get(i)).append(i < columns.size() - 1 ? ",\n" : "\n");
    }
    sb.append("FROM ").append(table).append('\n');
    sb.append("WHERE eventsource = ").append(SqlText.literal(event.eventSource())).append('\n');
    List<String> names = new ArrayList<>();
    names.add(SqlText.literal(event.eventName()));
    event.eventNameAlternatives().forEach(n -> names.add(SqlText.literal(n)));
    sb.append(
        names.size() == 1
            ? "  AND eventname = " + names.get(0)
            : "  AND eventname IN (" + String.join(", ", names) + ")");
    return sb.toString();
  }

  /** {@code CreatePolicy} → {@code create_policy}; {@code elasticloadbalancing} stays. */
  static String snake(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper && i > 0 && Character.isLowerCase(s.charAt(i - 1))) {
        b.append('_');
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || upper) {
        b.append(Character.toLowerCase(c));
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
        b.append('_');
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
