package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.trail.TimestampStyle;
import io.github.cloudtrailschema.walk.Direction;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Node;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code --format athena}: a query over the standard CloudTrail table in Amazon Athena that selects
 * the event's records with its fields as typed columns: scalars through {@code json_extract_scalar}
 * (cast to their type), arrays and maps as JSON through {@code json_extract}, one column per list
 * or map.
 */
public final class AthenaRenderer implements EventRenderer {
  /** The table name the CloudTrail console and the Athena documentation create. */
  static final String TABLE = "cloudtrail_logs";

  /**
   * Wide events (QuickSight definitions) would give thousands of columns; the rest is a comment.
   */
  static final int MAX_COLUMNS = 200;

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
    Set<String> aliases = new HashSet<>();
    Set<String> done = new LinkedHashSet<>();
    int skipped = 0;
    for (Direction d : event.parts().keySet()) {
      for (LeafPath leaf : LeafPaths.of(event, d)) {
        String column = column(d, leaf, done, aliases);
        if (column == null) {
          continue;
        }
        if (columns.size() >= MAX_COLUMNS) {
          skipped++;
        } else {
          columns.add(column);
        }
      }
    }
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
    Set<String> lists = new LinkedHashSet<>();
    for (Direction d : event.parts().keySet()) {
      for (LeafPath leaf : LeafPaths.of(event, d)) {
        String path = leaf.path().substring(d.recordField().length());
        int list = path.indexOf("[]");
        if (list >= 0 && firstContainer(path) == list && lists.size() < 3) {
          lists.add(
              d.recordField().toLowerCase(Locale.ROOT)
                  + ", "
                  + literal(jsonPath(path.substring(0, list))));
        }
      }
    }
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

  /** The select item of one leaf, or null when its list or map was already selected. */
  private static String column(Direction d, LeafPath leaf, Set<String> done, Set<String> aliases) {
    String path = leaf.path().substring(d.recordField().length());
    String source = d.recordField().toLowerCase(Locale.ROOT);
    int cut = firstContainer(path);
    if (cut >= 0) {
      String container = path.substring(0, cut);
      if (!done.add(d + container)) {
        return null;
      }
      return "json_extract("
          + source
          + ", "
          + literal(jsonPath(container))
          + ") AS "
          + alias(d, container, aliases);
    }
    String extract = "json_extract_scalar(" + source + ", " + literal(jsonPath(path)) + ")";
    return typed(extract, leaf.node()) + " AS " + alias(d, path, aliases);
  }

  private static int firstContainer(String path) {
    int list = path.indexOf("[]");
    int map = path.indexOf(".*");
    if (list < 0) {
      return map;
    }
    return map < 0 ? list : Math.min(list, map);
  }

  private static String typed(String extract, Node node) {
    if (!(node instanceof Node.Leaf leaf)) {
      // A structure, a recursion cut (a structure again) or any JSON: json_extract_scalar would
      // return NULL for it, json_extract returns its JSON text.
      return extract.replace("json_extract_scalar(", "json_extract(");
    }
    return switch (leaf.shape().kind()) {
      case BOOLEAN -> "TRY_CAST(" + extract + " AS BOOLEAN)";
      case INTEGER, LONG, BIG_INTEGER -> "TRY_CAST(" + extract + " AS BIGINT)";
      case FLOAT, DOUBLE, BIG_DECIMAL -> "TRY_CAST(" + extract + " AS DOUBLE)";
      case TIMESTAMP -> timestamp(extract, leaf.timestampStyle().orElse(TimestampStyle.ISO_8601));
      default -> extract;
    };
  }

  private static String timestamp(String extract, TimestampStyle style) {
    return switch (style) {
      case EPOCH_MILLIS -> "from_unixtime(TRY_CAST(" + extract + " AS BIGINT) / 1000)";
      // TRY: one odd value must not fail the whole query
      case ISO_8601 -> "TRY(from_iso8601_timestamp(" + extract + "))";
      default -> extract; // Java medium dates: left as text, their locale format varies
    };
  }

  /** {@code .policy.tags} → {@code $.policy.tags}; odd keys in brackets. */
  static String jsonPath(String path) {
    StringBuilder b = new StringBuilder("$");
    for (String segment : segments(path)) {
      if (SIMPLE_KEY.matcher(segment).matches()) {
        b.append('.').append(segment);
      } else {
        b.append("[\"").append(segment.replace("\"", "\\\"")).append("\"]");
      }
    }
    return b.toString();
  }

  /** The keys of a path without lists and maps: {@code .a.b["c.d"]} → a, b, c.d. */
  private static List<String> segments(String path) {
    List<String> keys = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      if (path.startsWith("[\"", i)) {
        int end = path.indexOf("\"]", i + 2);
        keys.add(path.substring(i + 2, end).replace("\\\"", "\""));
        i = end + 2;
      } else if (path.charAt(i) == '.') {
        i++;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        keys.add(path.substring(i, end));
        i = end;
      }
    }
    return keys;
  }

  private static String alias(Direction d, String path, Set<String> taken) {
    String prefix =
        switch (d) {
          case INPUT -> "request";
          case OUTPUT -> "response";
          case ADDITIONAL -> "additional";
          case SERVICE_DETAILS -> "details";
        };
    StringBuilder b = new StringBuilder(prefix);
    for (String key : segments(path)) {
      b.append('_').append(ExampleValues.words(key).replace('-', '_'));
    }
    String alias = b.toString();
    String unique = alias;
    for (int n = 2; !taken.add(unique); n++) {
      unique = alias + "_" + n;
    }
    return unique;
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
