package io.github.cloudtrailschema.format.athena;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code --format athena}: a query over the standard CloudTrail table in Amazon Athena that selects
 * the event's records with its fields as typed columns: scalars through {@code json_extract_scalar}
 * (cast to their type), arrays and maps as JSON through {@code json_extract}, one column per list
 * or map. The column rules are {@link AthenaColumns}'s, shared with {@code athena view}.
 */
public final class AthenaRenderer implements EventRenderer {
  /** The table name the CloudTrail console and the Athena documentation create. */
  static final String TABLE = "cloudtrail_logs";

  /**
   * Wide events (QuickSight definitions) would give thousands of columns; the rest is a comment.
   */
  static final int MAX_COLUMNS = 200;

  @Override
  public void render(EventSchema event, PrintWriter out) {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "eventtime",
                "useridentity.arn AS user_arn",
                "useridentity.type AS user_type",
                "sourceipaddress",
                "useragent",
                "awsregion",
                "errorcode",
                "errormessage"));
    AthenaColumns fields = AthenaColumns.of(event, MAX_COLUMNS - columns.size());
    columns.addAll(fields.items());
    int skipped = fields.skipped();
    out.println(
        "-- CloudTrail records of "
            + event.eventSource()
            + " "
            + event.eventName()
            + ", its fields as typed columns.");
    out.println(
        "-- Table: the standard CloudTrail table in Athena ("
            + TABLE
            + "); change the name to yours.");
    if (skipped > 0) {
      out.println(
          "-- "
              + skipped
              + " more fields are not extracted (at most "
              + MAX_COLUMNS
              + " columns).");
    }
    unnestExamples(event, out);
    out.println("SELECT");
    for (int i = 0; i < columns.size(); i++) {
      out.println("  " + columns.get(i) + (i < columns.size() - 1 ? "," : ""));
    }
    out.println("FROM " + TABLE);
    out.println("WHERE eventsource = " + literal(event.eventSource()));
    if (event.eventNameAlternatives().isEmpty()) {
      out.println("  AND eventname = " + literal(event.eventName()));
    } else {
      List<String> names = new ArrayList<>();
      names.add(literal(event.eventName()));
      event.eventNameAlternatives().forEach(n -> names.add(literal(n)));
      out.println("  AND eventname IN (" + String.join(", ", names) + ")");
    }
    out.println("ORDER BY eventtime DESC");
    // No trailing ';': Trino's parser, JDBC and Athena's API take one statement without it.
    out.println("LIMIT 100");
  }

  /** A list's elements as rows: the UNNEST join, for the first few lists of the event. */
  private static void unnestExamples(EventSchema event, PrintWriter out) {
    Set<String> lists = AthenaColumns.firstLists(event, 3);
    if (lists.isEmpty()) {
      return;
    }
    out.println("-- A list's elements as rows: add to FROM, e.g.");
    for (String list : lists) {
      out.println(
          "--   CROSS JOIN UNNEST(TRY_CAST(json_extract(" + list + ") AS ARRAY(JSON))) AS t(item)");
    }
    out.println("--   and read an element's field with json_extract_scalar(item, '$.name').");
  }

  static String literal(String s) {
    return AthenaColumns.literal(s);
  }
}
