package io.github.cloudtrailschema.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.format.example.ExampleWriter;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flattens an example record into the {@code paths} notation, gron-style: every path to a scalar,
 * {@code null} or empty container. JSON alone cannot tell a map from a structure, so the walk says
 * which objects are maps ({@code *}); arrays give {@code []}, EC2's wrappers their key.
 */
final class Gron {
  private Gron() {}

  static Set<String> flatten(EventSchema event, JsonNode record) {
    Set<String> out = new TreeSet<>();
    for (RecordPart d : event.parts().keySet()) {
      JsonNode part = record.get(d.recordField());
      if (part == null) {
        continue;
      }
      if (part.isNull() || event.part(d).root().isEmpty()) {
        out.add(d.recordField());
        continue;
      }
      node(event.part(d).root().get(), part, FieldPath.of(d.recordField()), new ArrayDeque<>(), out);
    }
    // The envelope lines paths shows for the event: its category and its resources' leaves.
    if (record.has("eventCategory")) {
      out.add("eventCategory");
    }
    for (JsonNode element : record.path("resources")) {
      element.fieldNames().forEachRemaining(k -> out.add("resources[]." + k));
    }
    return out;
  }

  /** Whether some structure of the event has two fields of the same name. */
  static boolean hasDuplicateKeys(EventSchema event) {
    for (RecordPart d : event.parts().keySet()) {
      if (event.part(d).root().isPresent() && duplicates(event.part(d).root().get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean duplicates(Node n) {
    if (n instanceof Node.Struct s) {
      Set<String> names = new java.util.HashSet<>();
      for (Field f : s.fields()) {
        if (!names.add(f.name()) || duplicates(f.value())) {
          return true;
        }
      }
    } else if (n instanceof Node.ListOf l) {
      return duplicates(l.item());
    } else if (n instanceof Node.MapOf m) {
      return duplicates(m.value());
    }
    return false;
  }

  private static void node(
      Node n, JsonNode json, FieldPath path, Deque<Node> ancestors, Set<String> out) {
    if (n instanceof Node.Cut cut) {
      for (Node a : ancestors) {
        if (cut.shape().equals(ExampleWriter.id(a))) {
          node(a, json, path, ancestors, out);
          return;
        }
      }
      out.add(path.toString());
      return;
    }
    ancestors.push(n);
    try {
      // A leaf of the schema: an empty container, a scalar, or free JSON (a parsed policy).
      if (json.isContainerNode() && json.isEmpty()
          || !json.isContainerNode()
          || n instanceof Node.Any) {
        out.add(path.toString());
      }
      if (n instanceof Node.Struct s) {
        for (Field f : s.fields()) {
          JsonNode v = json.get(f.name());
          if (v != null) {
            node(f.value(), v, path.key(f.name()), ancestors, out);
          }
        }
      } else if (n instanceof Node.ListOf l) {
        JsonNode array = l.wrapper().isPresent() ? json.get(l.wrapper().get()) : json;
        FieldPath p = l.wrapper().map(path::key).orElse(path);
        if (array != null) {
          for (JsonNode item : array) {
            node(l.item(), item, p.element(), ancestors, out);
          }
        }
      } else if (n instanceof Node.MapOf m) {
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
          node(m.value(), it.next().getValue(), path.anyKey(), ancestors, out);
        }
      }
    } finally {
      ancestors.pop();
    }
  }
}
