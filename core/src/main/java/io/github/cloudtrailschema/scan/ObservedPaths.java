package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Flattens observed JSON into gron-like paths in the project notation: {@code
 * requestParameters.a.b[].c}, {@code []} for any array element (indexes would make every record
 * look different), {@code ["odd key"]} for keys that are not plain names. One path per leaf: a
 * scalar, a null, or an empty object or array (so that "present but empty" is seen too).
 */
public final class ObservedPaths {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

  private ObservedPaths() {}

  /**
   * Emits each leaf path below {@code node}, prefixed by {@code root}. A missing or null root emits
   * nothing: CloudTrail writes {@code "requestParameters": null} for calls without parameters.
   * Paths repeat when an array holds several elements; callers that count records dedupe.
   */
  public static void flatten(JsonNode node, String root, Consumer<String> sink) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    walk(node, new StringBuilder(root), sink);
  }

  private static void walk(JsonNode node, StringBuilder path, Consumer<String> sink) {
    int mark = path.length();
    if (node.isObject() && node.size() > 0) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        appendKey(path, e.getKey());
        walk(e.getValue(), path, sink);
        path.setLength(mark);
      }
    } else if (node.isArray() && node.size() > 0) {
      path.append("[]");
      for (JsonNode element : node) {
        walk(element, path, sink);
      }
      path.setLength(mark);
    } else {
      sink.accept(path.toString());
    }
  }

  static void appendKey(StringBuilder path, String key) {
    if (PLAIN.matcher(key).matches()) {
      path.append('.').append(key);
    } else {
      path.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
    }
  }
}
