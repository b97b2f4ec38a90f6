package io.github.cloudtrailschema.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON types of the values a leaf path of {@code check} reaches in a record: {@code
 * requestParameters.a.b[].c} may be a string in one element and a number in the next. The path was
 * made by walking this very record, so it is followed the ways that walk takes: a key, any key
 * ({@code *}), a list element ({@code []}, also where one element was logged as itself or inside
 * an EC2 {@code items} wrapper), an empty object ({@code {}}).
 */
final class LeafTypes {
  private LeafTypes() {}

  /** The types at {@code path} in {@code record}; empty if the path leads nowhere. */
  static Set<String> of(JsonNode record, String path) {
    Set<String> out = new TreeSet<>();
    int dot = rootEnd(path);
    follow(record.get(path.substring(0, dot)), path, dot, out, 0);
    return out;
  }

  private static int rootEnd(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == '{') {
        return i;
      }
    }
    return path.length();
  }

  private static void follow(JsonNode v, String path, int at, Set<String> out, int depth) {
    if (v == null || depth > 2_000) {
      return;
    }
    if (at == path.length()) {
      out.add(type(v));
      return;
    }
    if (path.startsWith("{}", at) && at + 2 == path.length()) {
      out.add("object");
    } else if (path.startsWith("[]", at)) {
      if (v.isArray()) {
        if (v.isEmpty() && at + 2 == path.length()) {
          out.add("array");
        }
        for (JsonNode e : v) {
          follow(e, path, at + 2, out, depth + 1);
        }
      } else if (v.isObject() && v.size() == 1 && (v.has("items") || v.has("item"))) {
        follow(v.has("items") ? v.get("items") : v.get("item"), path, at, out, depth + 1);
      } else {
        follow(v, path, at + 2, out, depth + 1); // one element, logged as itself
      }
    } else if (path.charAt(at) == '.' && v.isObject()) {
      boolean any = path.startsWith(".*", at) && ends(path, at + 2);
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String key = e.getKey();
        if (any) {
          follow(e.getValue(), path, at + 2, out, depth + 1);
        } else if (path.startsWith(key, at + 1) && ends(path, at + 1 + key.length())) {
          follow(e.getValue(), path, at + 1 + key.length(), out, depth + 1);
        }
      }
    }
  }

  /** Whether a key may end at {@code i}: the path's end or the start of the next step. */
  private static boolean ends(String path, int i) {
    return i == path.length()
        || path.charAt(i) == '.'
        || path.startsWith("[]", i)
        || path.startsWith("{}", i);
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
