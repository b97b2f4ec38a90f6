package io.github.cloudtrailschema.search.build;

import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keys an event's record carries, as CloudTrail writes them, each with the shallowest path
 * where it occurs ({@code requestParameters.ipPermissions.items[].ipRanges.items[].cidrIp}). The
 * walk is the one every output format uses, so {@code --field} agrees with {@code show}.
 */
final class FieldCollector {
  private final Map<String, EventDoc.FieldOccurrence> byKey = new LinkedHashMap<>();

  static List<EventDoc.FieldOccurrence> collect(EventSchema event) {
    FieldCollector c = new FieldCollector();
    for (RecordPart d : event.parts().keySet()) {
      event.part(d).root().ifPresent(root -> c.struct(root, d.recordField(), 1, 1 << d.ordinal()));
    }
    List<EventDoc.FieldOccurrence> out = new ArrayList<>(c.byKey.values());
    out.sort(java.util.Comparator.comparingInt(EventDoc.FieldOccurrence::depth));
    return out;
  }

  /** The top-level keys of the event's logged parts. */
  static List<String> topLevel(EventSchema event) {
    List<String> out = new ArrayList<>();
    for (RecordPart d : event.parts().keySet()) {
      event.part(d).root().ifPresent(root -> root.fields().forEach(f -> out.add(f.name())));
    }
    return out;
  }

  private void struct(Node.Struct s, String path, int depth, int part) {
    for (Field f : s.fields()) {
      String child = path + "." + f.name();
      note(f.name(), depth, part, child);
      for (String alt : f.alternatives()) {
        note(alt, depth, part, path + "." + alt);
      }
      node(f.value(), child, depth + 1, part);
    }
  }

  private void node(Node n, String path, int depth, int part) {
    if (n instanceof Node.Struct s) {
      struct(s, path, depth, part);
    } else if (n instanceof Node.ListOf l) {
      String list = l.wrapper().map(w -> path + "." + w).orElse(path);
      node(l.item(), list + "[]", depth, part);
    } else if (n instanceof Node.MapOf m) {
      node(m.value(), path + ".*", depth, part);
    }
  }

  private void note(String name, int depth, int part, String path) {
    String key = name.toLowerCase(Locale.ROOT);
    EventDoc.FieldOccurrence seen = byKey.get(key);
    if (seen == null || depth < seen.depth()) {
      int parts = seen == null ? part : seen.part() | part;
      byKey.put(key, new EventDoc.FieldOccurrence(name, depth, parts, path));
    } else if ((seen.part() & part) == 0) {
      byKey.put(
          key,
          new EventDoc.FieldOccurrence(seen.name(), seen.depth(), seen.part() | part, seen.path()));
    }
  }
}
