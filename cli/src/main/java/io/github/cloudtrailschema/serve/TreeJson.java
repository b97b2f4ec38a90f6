package io.github.cloudtrailschema.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.TypeDescription;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.io.IOException;

/**
 * An event part's walk result as the page's collapsible tree: per node its key, its path in the
 * project notation ({@code requestParameters.tags[].key}, the form {@code paths} prints), the
 * one-line type description the {@code tree} format prints, enum values, required and deprecated
 * marks, documentation (through {@link DocHtml}) and children.
 */
final class TreeJson {
  private TreeJson() {}

  /** A part's root structure, its path being the record field ({@code requestParameters}). */
  static void root(Node.Struct root, String recordField, DocHtml.Cache docs, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", recordField);
    body(root, FieldPath.of(recordField), docs, g);
    g.writeEndObject();
  }

  private static void field(Field f, FieldPath parent, DocHtml.Cache docs, JsonGenerator g)
      throws IOException {
    FieldPath path = parent.key(f.name());
    g.writeStartObject();
    g.writeStringField("name", f.name());
    if (f.member().required()) {
      g.writeBooleanField("required", true);
    }
    if (f.member().deprecated()) {
      g.writeBooleanField("deprecated", true);
    }
    if (!f.alternatives().isEmpty()) {
      g.writeArrayFieldStart("alsoLoggedAs");
      for (String a : f.alternatives()) {
        g.writeString(a);
      }
      g.writeEndArray();
    }
    if (!f.member().documentation().isBlank()) {
      g.writeFieldName("doc");
      docs.write(f.member().documentation(), g);
    }
    body(f.value(), path, docs, g);
    g.writeEndObject();
  }

  /** The node's kind, path, type and children, inside an object already started. */
  private static void body(Node node, FieldPath path, DocHtml.Cache docs, JsonGenerator g)
      throws IOException {
    g.writeStringField("path", path.toString());
    if (node instanceof Node.Struct s) {
      g.writeStringField("kind", "object");
      g.writeStringField("type", s.shape().union() ? "object, one of the members" : "object");
      g.writeArrayFieldStart("children");
      for (Field f : s.fields()) {
        field(f, path, docs, g);
      }
      g.writeEndArray();
    } else if (node instanceof Node.ListOf l) {
      FieldPath list = l.wrapper().map(path::key).orElse(path);
      g.writeStringField("kind", "list");
      g.writeStringField(
          "type",
          "list"
              + l.wrapper().map(w -> ", logged as {\"" + w + "\": [...]}").orElse("")
              + (l.singleAsObject() ? ", one element may be logged as the element itself" : ""));
      g.writeArrayFieldStart("children");
      g.writeStartObject();
      g.writeStringField("name", "[]");
      body(l.item(), list.element(), docs, g);
      g.writeEndObject();
      g.writeEndArray();
    } else if (node instanceof Node.MapOf m) {
      g.writeStringField("kind", "map");
      g.writeStringField("type", "map");
      g.writeArrayFieldStart("children");
      g.writeStartObject();
      g.writeStringField("name", "<" + TypeDescription.describe(m.key(), false) + ">");
      body(m.value(), path.anyKey(), docs, g);
      g.writeEndObject();
      g.writeEndArray();
    } else if (node instanceof Node.Leaf leaf) {
      g.writeStringField("kind", "leaf");
      g.writeStringField("type", TypeDescription.describe(leaf, false));
      if (!leaf.shape().enumValues().isEmpty()) {
        g.writeArrayFieldStart("enum");
        for (String v : leaf.shape().enumValues()) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
    } else if (node instanceof Node.Cut cut) {
      g.writeStringField("kind", "recursive");
      g.writeStringField("type", "recursive " + cut.shape().name() + ": see above");
    } else if (node instanceof Node.Any any) {
      g.writeStringField("kind", "json");
      g.writeStringField("type", any.description());
    }
  }
}
