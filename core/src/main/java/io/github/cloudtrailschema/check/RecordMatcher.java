package io.github.cloudtrailschema.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.check.LeafCheck.Status;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.PolicyDocument;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Matches one part of a real record against the schema's {@link Node} tree and reports every leaf.
 *
 * <p>It accepts what CloudTrail really does with values, each a documented or observed habit, not a
 * loophole: {@code null} for any field; a redaction marker in place of any value, even a whole
 * object; numbers and booleans written as strings; a one-element list written as its element (XML
 * bodies) and a single value written where a list is expected; EC2's nested lists with or without
 * their {@code items} wrapper; a JSON document member (a policy) logged parsed.
 */
final class RecordMatcher {
  /** What CloudTrail writes in place of hidden values. */
  static final Set<String> REDACTIONS =
      Set.of(
          "HIDDEN_DUE_TO_SECURITY_REASONS", "<sensitiveDataRemoved>",
          "Value hidden due to security reasons.", "****");

  /** Keys of string members that hold JSON documents CloudTrail may log parsed. */
  private static final Pattern DOCUMENT_KEY =
      Pattern.compile("(?i).*(polic|document|definition|template|json).*");

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private final Function<ShapeId, Node> expand;
  private final List<LeafCheck> out;

  /** How many keys on the current path matched an alternative spelling, not the shown name. */
  private int viaAlternative;

  /**
   * @param expand expands a recursive shape again where a record goes deeper than the cut
   * @param alternativeName the record's eventName is an alternative of the shown one, so every
   *     leaf it explains is explained only by an alternative spelling
   */
  RecordMatcher(Function<ShapeId, Node> expand, List<LeafCheck> out, boolean alternativeName) {
    this.expand = expand;
    this.out = out;
    this.viaAlternative = alternativeName ? 1 : 0;
  }

  void match(JsonNode v, Node schema, FieldPath path, String key) {
    if (schema instanceof Node.Cut cut) {
      schema = expand.apply(cut.shape());
    }
    if (v == null || v.isNull() || v.isMissingNode()) {
      leaf(path, schema == null ? Status.UNKNOWN_FIELD : Status.EXPLAINED);
    } else if (schema == null) {
      all(v, path, Status.UNKNOWN_FIELD);
    } else if (v.isTextual() && REDACTIONS.contains(v.asText())) {
      leaf(path, Status.EXPLAINED);
    } else if (v.isTextual() && v.asText().isEmpty() && !(schema instanceof Node.Leaf)) {
      leaf(path, Status.EXPLAINED); // an empty XML element (<tagSet/>) logged as ""
    } else if (schema instanceof Node.Any) {
      all(v, path, Status.EXPLAINED);
    } else if (v.isObject()) {
      object(v, schema, path, key);
    } else if (v.isArray()) {
      array(v, schema, path, key);
    } else {
      scalar(v, schema, path);
    }
  }

  private void object(JsonNode v, Node schema, FieldPath path, String key) {
    if (schema instanceof Node.ListOf l) {
      if (v.isEmpty() && l.wrapper().isPresent()) {
        empty(path, Status.EXPLAINED); // an empty set: {"items"} omitted
        return;
      }
      JsonNode wrapped = unwrap(v, l);
      if (wrapped != null) {
        match(
            wrapped,
            new Node.ListOf(l.shape(), java.util.Optional.empty(), l.item(), true),
            path,
            key);
      } else {
        match(v, l.item(), path.element(), key); // one element, logged as itself
      }
      return;
    }
    if (v.isEmpty()) {
      empty(path,
          schema instanceof Node.Struct || schema instanceof Node.MapOf
              ? Status.EXPLAINED
              : Status.WRONG_TYPE);
      return;
    }
    if (schema instanceof Node.Struct s) {
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        Field f = field(s, e.getKey());
        boolean alternative = f != null && !f.name().equals(e.getKey());
        viaAlternative += alternative ? 1 : 0;
        match(e.getValue(), f == null ? null : f.value(), path.key(e.getKey()), e.getKey());
        viaAlternative -= alternative ? 1 : 0;
      }
    } else if (schema instanceof Node.MapOf m) {
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        match(e.getValue(), m.value(), path.anyKey(), e.getKey());
      }
    } else if (documentKey(schema, key)) {
      all(v, path, Status.EXPLAINED);
    } else {
      all(v, path, Status.WRONG_TYPE);
    }
  }

  /** The array inside an EC2-style wrapper ({@code {"items": [...]}}), or null. */
  private static JsonNode unwrap(JsonNode v, Node.ListOf l) {
    if (l.wrapper().isEmpty()) {
      return null;
    }
    for (String w : List.of(l.wrapper().get(), "items", "item")) {
      if (v.size() == 1 && v.has(w)) {
        return v.get(w);
      }
    }
    return null;
  }

  private void array(JsonNode v, Node schema, FieldPath path, String key) {
    if (v.isEmpty()) {
      leaf(path.element(), schema instanceof Node.ListOf ? Status.EXPLAINED : Status.WRONG_TYPE);
      return;
    }
    Node item;
    if (schema instanceof Node.ListOf l) {
      item = l.item();
    } else if (schema instanceof Node.Leaf && documentKey(schema, key)) {
      all(v, path, Status.EXPLAINED);
      return;
    } else if (schema instanceof Node.Leaf) {
      item = schema; // a single value logged as a one-element array (older S3 records)
    } else {
      all(v, path, Status.WRONG_TYPE);
      return;
    }
    for (JsonNode e : v) {
      match(e, item, path.element(), key);
    }
  }

  private void scalar(JsonNode v, Node schema, FieldPath path) {
    if (schema instanceof Node.Leaf leaf) {
      leaf(path, fits(leaf.shape().kind(), v) ? Status.EXPLAINED : Status.WRONG_TYPE);
    } else if (schema instanceof Node.ListOf l) {
      match(v, l.item(), path.element(), null); // a single value where a list is expected
    } else if (PolicyDocument.isPrincipal(schema)) {
      leaf(path, v.isTextual() ? Status.EXPLAINED : Status.WRONG_TYPE); // "Principal": "*"
    } else {
      leaf(path, Status.WRONG_TYPE);
    }
  }

  /** Values as CloudTrail writes them: numbers and booleans may be strings, timestamps anything. */
  static boolean fits(ScalarKind kind, JsonNode v) {
    switch (kind) {
      case STRING, BLOB, TIMESTAMP -> {
        return v.isValueNode();
      }
      case BOOLEAN -> {
        return v.isBoolean()
            || (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false")));
      }
      default -> {
        return v.isNumber() || (v.isTextual() && NUMBER.matcher(v.asText()).matches());
      }
    }
  }

  private static boolean documentKey(Node schema, String key) {
    return schema instanceof Node.Leaf l
        && l.shape().kind() == ScalarKind.STRING
        && key != null
        && DOCUMENT_KEY.matcher(key).matches();
  }

  private static Field field(Node.Struct s, String key) {
    for (Field f : s.fields()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    for (Field f : s.fields()) {
      if (f.alternatives().contains(key)) {
        return f;
      }
    }
    return null;
  }

  private void all(JsonNode v, FieldPath path, Status status) {
    if (v.isObject()) {
      if (v.isEmpty()) {
        empty(path, status);
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        all(e.getValue(), path.key(e.getKey()), status);
      }
    } else if (v.isArray()) {
      if (v.isEmpty()) {
        leaf(path.element(), status);
      }
      v.forEach(e -> all(e, path.element(), status));
    } else {
      leaf(path, status);
    }
  }

  private void leaf(FieldPath path, Status status) {
    out.add(new LeafCheck(path, false, verdict(status)));
  }

  /** An empty object where the record has one ({@code {}}): a leaf of its own. */
  private void empty(FieldPath path, Status status) {
    out.add(new LeafCheck(path, true, verdict(status)));
  }

  private Status verdict(Status status) {
    return status == Status.EXPLAINED && viaAlternative > 0
        ? Status.EXPLAINED_BY_ALTERNATIVE
        : status;
  }
}
