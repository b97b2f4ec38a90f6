package io.github.cloudtrailschema.format.athena;

import io.github.cloudtrailschema.format.example.ExampleValues;
import io.github.cloudtrailschema.trail.TimestampStyle;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed columns of an event's fields over the CloudTrail table in Athena (Trino), shared by
 * {@code --format athena} and {@code athena view}: a scalar through {@code json_extract_scalar}
 * cast to its type ({@code TRY_CAST}, so that one odd value never fails a query), a structure, a
 * recursion cut or free-form JSON through {@code json_extract}, and one {@code json_extract}
 * column per list or map (its elements are rows only after an {@code UNNEST}). Aliases are
 * lower-case {@code request_…}/{@code response_…} words, unique within the event.
 *
 * @param items the select items ({@code expression AS alias}), in record and model order
 * @param skipped the fields left out beyond {@code limit}
 */
public record AthenaColumns(List<String> items, int skipped) {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public AthenaColumns {
    items = List.copyOf(items);
  }

  /**
   * @param event the event
   * @param limit at most this many columns (wide events, such as QuickSight's definitions, would
   *     otherwise give thousands)
   */
  public static AthenaColumns of(EventSchema event, int limit) {
    List<String> items = new ArrayList<>();
    Set<String> aliases = new HashSet<>();
    Set<String> done = new LinkedHashSet<>();
    int skipped = 0;
    for (RecordPart d : event.parts().keySet()) {
      for (LeafPath leaf : LeafPaths.of(event, d)) {
        String column = column(d, leaf, done, aliases);
        if (column == null) {
          continue;
        }
        if (items.size() >= limit) {
          skipped++;
        } else {
          items.add(column);
        }
      }
    }
    return new AthenaColumns(items, skipped);
  }

  /** The first lists of the event, as {@code source, '$.path'} arguments of json_extract. */
  static Set<String> firstLists(EventSchema event, int limit) {
    Set<String> lists = new LinkedHashSet<>();
    for (RecordPart d : event.parts().keySet()) {
      for (LeafPath leaf : LeafPaths.of(event, d)) {
        FieldPath path = leaf.path().suffix(1);
        int first = path.firstContainer();
        if (first >= 0
            && path.segments().get(first) == FieldPath.Element.INSTANCE
            && lists.size() < limit) {
          lists.add(
              d.recordField().toLowerCase(Locale.ROOT)
                  + ", "
                  + literal(jsonPath(path.prefix(first))));
        }
      }
    }
    return lists;
  }

  /** The select item of one leaf, or null when its list or map was already selected. */
  private static String column(RecordPart d, LeafPath leaf, Set<String> done, Set<String> aliases) {
    FieldPath path = leaf.path().suffix(1);
    String source = d.recordField().toLowerCase(Locale.ROOT);
    int cut = path.firstContainer();
    if (cut >= 0) {
      FieldPath container = path.prefix(cut);
      if (!done.add(d + "\u0000" + container)) {
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

  /** {@code policy.tags} → {@code $.policy.tags}; odd keys in brackets. */
  static String jsonPath(FieldPath path) {
    StringBuilder b = new StringBuilder("$");
    for (String segment : path.keys()) {
      if (SIMPLE_KEY.matcher(segment).matches()) {
        b.append('.').append(segment);
      } else {
        b.append("[\"").append(segment.replace("\"", "\\\"")).append("\"]");
      }
    }
    return b.toString();
  }

  private static String alias(RecordPart d, FieldPath path, Set<String> taken) {
    String prefix =
        switch (d) {
          case INPUT -> "request";
          case OUTPUT -> "response";
          case ADDITIONAL -> "additional";
          case SERVICE_DETAILS -> "details";
        };
    StringBuilder b = new StringBuilder(prefix);
    for (String key : path.keys()) {
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
