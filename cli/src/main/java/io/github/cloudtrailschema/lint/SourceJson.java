package io.github.cloudtrailschema.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A positioned tree back to JSON text, for tools that judge JSON (the EventBridge matcher). */
final class SourceJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SourceJson() {}

  static String write(SourceNode n) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(n, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void write(SourceNode n, JsonGenerator g) throws IOException {
    if (n instanceof SourceNode.Map m) {
      g.writeStartObject();
      for (SourceNode.Entry e : m.entries()) {
        g.writeFieldName(e.key().value());
        write(e.value(), g);
      }
      g.writeEndObject();
    } else if (n instanceof SourceNode.Seq s) {
      g.writeStartArray();
      for (SourceNode item : s.items()) {
        write(item, g);
      }
      g.writeEndArray();
    } else {
      SourceNode.Scalar s = (SourceNode.Scalar) n;
      switch (s.kind()) {
        case NUMBER -> g.writeNumber(s.value());
        case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(s.value()));
        case NULL -> g.writeNull();
        default -> g.writeString(s.value());
      }
    }
  }

  /** Whether the tree holds a YAML tag such as CloudFormation's {@code !Sub}: not plain data. */
  static boolean hasTags(SourceNode n) {
    if (n instanceof SourceNode.Map m) {
      return m.entries().stream().anyMatch(e -> hasTags(e.value()));
    }
    if (n instanceof SourceNode.Seq s) {
      return s.items().stream().anyMatch(SourceJson::hasTags);
    }
    return ((SourceNode.Scalar) n).tag().isPresent();
  }
}
