package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flattens observed JSON into field paths ({@link FieldPath}: {@code requestParameters.a.b[].c}),
 * {@code []} for any array element (indexes would make every record look different). One path per
 * leaf: a scalar, a null, or an empty object or array (so that "present but empty" is seen too).
 */
public final class ObservedPaths {
  private ObservedPaths() {}

  /**
   * Emits each leaf path below {@code node}, below {@code root}. A missing or null root emits
   * nothing: CloudTrail writes {@code "requestParameters": null} for calls without parameters.
   * Paths repeat when an array holds several elements; callers that count records dedupe.
   */
  public static void flatten(JsonNode node, FieldPath root, Consumer<FieldPath> sink) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    walk(node, root, sink);
  }

  private static void walk(JsonNode node, FieldPath path, Consumer<FieldPath> sink) {
    if (node.isObject() && node.size() > 0) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path.key(e.getKey()), sink);
      }
    } else if (node.isArray() && node.size() > 0) {
      FieldPath element = path.element();
      for (JsonNode item : node) {
        walk(item, element, sink);
      }
    } else {
      sink.accept(path);
    }
  }
}
