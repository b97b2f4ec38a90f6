package io.github.cloudtrailschema.check;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.scan.Explanation;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers {@code scan --fields}: whether the schema has an observed path ({@code
 * requestParameters.tags[].key}, keys that are not plain names as {@code ["odd key"]}). It walks
 * the same tree {@code check} matches records against, with the same tolerances for list wrappers
 * and one-element lists.
 */
public final class SchemaPathExplainer implements PathExplainer {
  private final EventIndex index;

  public SchemaPathExplainer(ModelCatalog catalog) {
    this.index = new EventIndex(catalog);
  }

  @Override
  public Explanation explain(String eventSource, String eventName, String path) {
    EventIndex.Resolution r = index.resolve(eventSource, eventName, null);
    if (r.event().isEmpty()) {
      return Explanation.UNKNOWN;
    }
    List<String> segments = segments(path);
    if (segments.isEmpty()) {
      return Explanation.UNKNOWN;
    }
    EventSchema event = r.event().get();
    for (RecordPart d : RecordPart.values()) {
      if (d.recordField().equals(segments.get(0))) {
        Node root = event.explaining(d);
        return root != null && walk(root, segments.subList(1, segments.size()), event, d)
            ? Explanation.EXPLAINED
            : Explanation.UNEXPLAINED;
      }
    }
    return Explanation.UNKNOWN;
  }

  private boolean walk(Node node, List<String> rest, EventSchema event, RecordPart d) {
    if (node instanceof Node.Cut cut) {
      node = event.expand(cut.shape(), d);
    }
    if (rest.isEmpty() || node instanceof Node.Any) {
      return true;
    }
    String head = rest.get(0);
    List<String> tail = rest.subList(1, rest.size());
    if (node instanceof Node.Struct s) {
      for (Field f : s.fields()) {
        if (f.name().equals(head) || f.alternatives().contains(head)) {
          return walk(f.value(), tail, event, d);
        }
      }
      return false;
    }
    if (node instanceof Node.MapOf m) {
      return !head.equals("[]") && walk(m.value(), tail, event, d);
    }
    if (node instanceof Node.ListOf l) {
      if (head.equals("[]")) {
        return walk(l.item(), tail, event, d);
      }
      if (l.wrapper().isPresent()
          && (head.equals("items") || head.equals("item") || head.equals(l.wrapper().get()))) {
        return !tail.isEmpty() && tail.get(0).equals("[]")
            ? walk(l.item(), tail.subList(1, tail.size()), event, d)
            : walk(l.item(), tail, event, d);
      }
      return walk(l.item(), rest, event, d); // one element logged as itself
    }
    if (node instanceof Node.Leaf) {
      return head.equals("[]") && tail.isEmpty(); // a single value logged as a one-element array
    }
    return false;
  }

  /** {@code a.b[].c} and {@code a["odd key"]} → {@code [a, b, [], c]}, {@code [a, odd key]}. */
  public static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    int i = 0;
    StringBuilder key = new StringBuilder();
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        flush(key, out);
        i++;
      } else if (path.startsWith("[]", i)) {
        flush(key, out);
        out.add("[]");
        i += 2;
      } else if (path.startsWith("[\"", i)) {
        flush(key, out);
        i += 2;
        while (i < path.length() && !path.startsWith("\"]", i)) {
          char k = path.charAt(i);
          if (k == '\\' && i + 1 < path.length()) {
            k = path.charAt(++i);
          }
          key.append(k);
          i++;
        }
        flush(key, out);
        i += 2;
      } else {
        key.append(c);
        i++;
      }
    }
    flush(key, out);
    return out;
  }

  private static void flush(StringBuilder key, List<String> out) {
    if (key.length() > 0) {
      out.add(key.toString());
      key.setLength(0);
    }
  }
}
