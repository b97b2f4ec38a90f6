package io.github.cloudtrailschema.format.example;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the example value of a walked node: every field, one element per list, one entry per map.
 * A recursion cut becomes a minimal instance of the shape it repeats (its required fields only), so
 * the example stays finite and still valid against the schema's {@code $ref}.
 */
public final class ExampleWriter {
  /** Beyond this many nested minimal instances (required recursion), write an empty object. */
  private static final int MAX_MINIMAL_DEPTH = 6;

  private final JsonGenerator g;
  private final String service;
  private final Deque<Node> ancestors = new ArrayDeque<>();
  private int minimalDepth;

  ExampleWriter(JsonGenerator g, String service) {
    this.g = g;
    this.service = service;
  }

  void node(String key, Node n, boolean minimal) throws IOException {
    ancestors.push(n);
    try {
      if (n instanceof Node.Struct s) {
        g.writeStartObject();
        for (Field f : s.fields()) {
          if (!minimal || f.member().required()) {
            g.writeFieldName(f.name());
            node(f.name(), f.value(), minimal);
          }
        }
        g.writeEndObject();
      } else if (n instanceof Node.ListOf l) {
        list(key, l, minimal);
      } else if (n instanceof Node.MapOf m) {
        map(key, m, minimal);
      } else if (n instanceof Node.Leaf leaf) {
        ExampleValues.write(g, key, leaf, service);
      } else if (n instanceof Node.Cut cut) {
        cut(key, cut.shape());
      } else if (key != null && key.toLowerCase(java.util.Locale.ROOT).contains("polic")) {
        policyDocument(); // a policy CloudTrail logs parsed (S3 bucketPolicy)
      } else {
        g.writeStartObject();
        g.writeEndObject();
      }
    } finally {
      ancestors.pop();
    }
  }

  private void policyDocument() throws IOException {
    g.writeStartObject();
    g.writeStringField("Version", "2012-10-17");
    g.writeArrayFieldStart("Statement");
    g.writeStartObject();
    g.writeStringField("Sid", "ExampleStatement");
    g.writeStringField("Effect", "Allow");
    g.writeObjectFieldStart("Principal");
    g.writeStringField("AWS", "arn:aws:iam::123456789012:root");
    g.writeEndObject();
    g.writeStringField("Action", "s3:GetObject");
    g.writeStringField("Resource", "arn:aws:s3:::example-bucket/*");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private void list(String key, Node.ListOf l, boolean minimal) throws IOException {
    if (l.wrapper().isPresent()) {
      g.writeStartObject();
      g.writeFieldName(l.wrapper().get());
    }
    g.writeStartArray();
    int count = count(l.shape().constraints(), minimal);
    for (int i = 0; i < count; i++) {
      node(key, l.item(), minimal);
    }
    g.writeEndArray();
    if (l.wrapper().isPresent()) {
      g.writeEndObject();
    }
  }

  private void map(String key, Node.MapOf m, boolean minimal) throws IOException {
    g.writeStartObject();
    int count = count(m.shape().constraints(), minimal);
    String first = ExampleValues.string("key", m.key(), service);
    for (int i = 0; i < count; i++) {
      g.writeFieldName(i == 0 ? first : first + i);
      node(key, m.value(), minimal);
    }
    g.writeEndObject();
  }

  /** One element, or as many as the minimum asks; none in a minimal instance if allowed. */
  private static int count(Constraints c, boolean minimal) {
    int min = (int) Math.max(0, c.min().orElse(0));
    int max = (int) Math.min(Integer.MAX_VALUE, c.max().orElse(Integer.MAX_VALUE));
    return Math.min(max, Math.max(min, minimal ? 0 : 1));
  }

  private void cut(String key, ShapeId shape) throws IOException {
    Node ancestor = null;
    boolean self = true;
    for (Node a : ancestors) {
      if (self) {
        self = false; // the cut itself
        continue;
      }
      if (shape.equals(id(a))) {
        ancestor = a;
        break;
      }
    }
    if (ancestor == null || minimalDepth >= MAX_MINIMAL_DEPTH) {
      g.writeStartObject();
      g.writeEndObject();
      return;
    }
    minimalDepth++;
    try {
      node(key, ancestor, true);
    } finally {
      minimalDepth--;
    }
  }

  public static ShapeId id(Node n) {
    if (n instanceof Node.Struct s) {
      return s.shape().id();
    }
    if (n instanceof Node.ListOf l) {
      return l.shape().id();
    }
    if (n instanceof Node.MapOf m) {
      return m.shape().id();
    }
    if (n instanceof Node.Leaf leaf) {
      return leaf.shape().id();
    }
    return null;
  }
}
