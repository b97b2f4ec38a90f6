package io.github.cloudtrailschema.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.walk.Direction;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --format json-schema}: JSON Schema 2020-12 of the event's whole CloudTrail record, the
 * envelope with the event's own {@code eventSource}/{@code eventName} and typed parts. A part is
 * nullable as CloudTrail logs it: {@code null} for a request without parameters, a read-only call's
 * response, an error, or a part over 100 KB. Extra keys are allowed throughout: records carry
 * fields that models lag behind on.
 */
public final class JsonSchemaRenderer implements EventRenderer {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private final RenderOptions options;

  public JsonSchemaRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(EventSchema event, PrintWriter out) {
    JsonGenerator g = JsonOut.open(out);
    try {
      SchemaWriter w = new SchemaWriter(g);
      g.writeStartObject();
      g.writeStringField("$schema", DRAFT);
      g.writeStringField(
          "$id",
          "urn:cloudtrail-schema:"
              + event.eventSource()
              + ":"
              + event.eventName()
              + (options.eventBridge() ? ":eventbridge" : ""));
      g.writeStringField(
          "title",
          (options.eventBridge()
                  ? "EventBridge event of the CloudTrail record "
                  : "CloudTrail record ")
              + event.eventSource()
              + " "
              + event.eventName());
      String doc = HtmlText.toText(event.operation().documentation());
      if (!doc.isEmpty()) {
        g.writeStringField("description", doc);
      }
      if (options.eventBridge()) {
        eventBridge(event, w, g);
      } else {
        record(event, w, g);
      }
      w.defs();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }

  private void eventBridge(EventSchema event, SchemaWriter w, JsonGenerator g) throws IOException {
    g.writeStringField("type", "object");
    g.writeObjectFieldStart("properties");
    constant(g, "version", "0");
    g.writeObjectFieldStart("id");
    g.writeStringField("type", "string");
    g.writeEndObject();
    constant(g, "detail-type", EventBridgeFacts.detailType(event));
    constant(g, "source", EventBridgeFacts.source(event));
    g.writeObjectFieldStart("account");
    g.writeStringField("type", "string");
    g.writeStringField("pattern", "^[0-9]{12}$");
    g.writeEndObject();
    g.writeObjectFieldStart("time");
    g.writeStringField("type", "string");
    g.writeStringField("format", "date-time");
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeStringField("type", "string");
    g.writeEndObject();
    g.writeObjectFieldStart("resources");
    g.writeStringField("type", "array");
    g.writeObjectFieldStart("items");
    g.writeStringField("type", "string");
    g.writeEndObject();
    g.writeEndObject();
    g.writeObjectFieldStart("detail");
    record(event, w, g);
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("required");
    for (String r :
        List.of(
            "version",
            "id",
            "detail-type",
            "source",
            "account",
            "time",
            "region",
            "resources",
            "detail")) {
      g.writeString(r);
    }
    g.writeEndArray();
  }

  /** The record's schema body, written into the object already open. */
  private void record(EventSchema event, SchemaWriter w, JsonGenerator g) throws IOException {
    Node.Struct envelope = options.envelope().record();
    g.writeStringField("type", "object");
    g.writeObjectFieldStart("properties");
    List<String> required = new ArrayList<>();
    for (Field f : envelope.fields()) {
      Optional<Direction> part = ExampleRenderer.part(f.name());
      g.writeFieldName(f.name());
      if (part.isPresent()
          && (part.get().ordinal() <= Direction.OUTPUT.ordinal()
              || event.parts().containsKey(part.get()))) {
        part(event.part(part.get()), f, w, g);
      } else if (f.name().equals("eventSource")) {
        constant(g, null, event.eventSource());
      } else if (f.name().equals("eventName")) {
        names(event, g);
      } else if (f.name().equals("eventType")) {
        constant(g, null, event.eventType());
      } else {
        w.scope("record", f.value());
        w.node(f.value(), Optional.of(f));
      }
      if (f.member().required()) {
        required.add(f.name());
      }
    }
    g.writeEndObject();
    g.writeArrayFieldStart("required");
    for (String r : required) {
      g.writeString(r);
    }
    g.writeEndArray();
  }

  private static void part(EventStructure part, Field f, SchemaWriter w, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("description", HtmlText.toText(f.member().documentation()));
    if (part.root().isEmpty()) {
      g.writeStringField("type", "null");
    } else {
      w.scope(part.direction().recordField(), part.root().get());
      g.writeArrayFieldStart("anyOf");
      w.node(part.root().get(), Optional.empty());
      g.writeStartObject();
      g.writeStringField("type", "null");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void names(EventSchema event, JsonGenerator g) throws IOException {
    if (event.eventNameAlternatives().isEmpty()) {
      constant(g, null, event.eventName());
      return;
    }
    g.writeStartObject();
    g.writeArrayFieldStart("enum");
    g.writeString(event.eventName());
    for (String alt : event.eventNameAlternatives()) {
      g.writeString(alt);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code "name": {"const": value}}, or just the object when {@code name} is null. */
  private static void constant(JsonGenerator g, String name, String value) throws IOException {
    if (name != null) {
      g.writeFieldName(name);
    }
    g.writeStartObject();
    g.writeStringField("const", value);
    g.writeEndObject();
  }
}
