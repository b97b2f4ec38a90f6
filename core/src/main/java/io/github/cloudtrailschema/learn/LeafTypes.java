package io.github.cloudtrailschema.learn;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.path.FieldPath.Segment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON types of the values a leaf path of {@code check} reaches in a record: {@code
 * requestParameters.a.b[].c} may be a string in one element and a number in the next. The path was
 * made by walking this very record, so it is followed the ways that walk takes: a key, any key
 * ({@code *}), a list element ({@code []}, also where one element was logged as itself or inside
 * an EC2 {@code items} wrapper); a leaf that is an empty object is an {@code object}.
 */
final class LeafTypes {
  private static final int MAX_DEPTH = 2_000;

  private LeafTypes() {}

  /** The types at {@code path} in {@code record}; empty if the path leads nowhere. */
  static Set<String> of(JsonNode record, FieldPath path, boolean emptyObject) {
    Set<String> out = new TreeSet<>();
    follow(record, path.segments(), 0, emptyObject, out, 0);
    return out;
  }

  private static void follow(
      JsonNode v, List<Segment> path, int at, boolean emptyObject, Set<String> out, int depth) {
    if (v == null || depth > MAX_DEPTH) {
      return;
    }
    if (at == path.size()) {
      out.add(emptyObject ? "object" : type(v));
      return;
    }
    Segment s = path.get(at);
    if (s == FieldPath.Element.INSTANCE) {
      if (v.isArray()) {
        if (v.isEmpty() && at + 1 == path.size()) {
          out.add("array");
        }
        for (JsonNode e : v) {
          follow(e, path, at + 1, emptyObject, out, depth + 1);
        }
      } else if (v.isObject() && v.size() == 1 && (v.has("items") || v.has("item"))) {
        JsonNode inner = v.has("items") ? v.get("items") : v.get("item");
        follow(inner, path, at, emptyObject, out, depth + 1);
      } else {
        follow(v, path, at + 1, emptyObject, out, depth + 1); // one element, logged as itself
      }
    } else if (s == FieldPath.AnyKey.INSTANCE) {
      if (v.isObject()) {
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          follow(e.getValue(), path, at + 1, emptyObject, out, depth + 1);
        }
      }
    } else if (s instanceof FieldPath.Key k && v.isObject()) {
      follow(v.get(k.name()), path, at + 1, emptyObject, out, depth + 1);
    }
  }

  static String type(JsonNode v) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isIntegralNumber()) {
      return "integer";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isObject()) {
      return "object";
    }
    if (v.isArray()) {
      return "array";
    }
    return v.isNull() ? "null" : "string";
  }
}
