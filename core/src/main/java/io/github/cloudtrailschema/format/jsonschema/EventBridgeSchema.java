package io.github.cloudtrailschema.format.jsonschema;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.IOException;
import java.util.List;

/**
 * The EventBridge envelope of a {@code json-schema --eventbridge}: the event EventBridge delivers
 * for a CloudTrail record, the record itself under {@code detail}.
 */
final class EventBridgeSchema {
  /** Writes {@code detail}'s body into the object already open. */
  interface Detail {
    void write() throws IOException;
  }

  private EventBridgeSchema() {}

  static void write(List<EventSchema> events, JsonGenerator g, Detail detail) throws IOException {
    EventSchema event = events.get(0);
    g.writeStringField("type", "object");
    g.writeObjectFieldStart("properties");
    constant(g, "version", "0");
    g.writeObjectFieldStart("id");
    g.writeStringField("type", "string");
    g.writeEndObject();
    constant(g, "detail-type", EventBridgeFacts.detailType(event.identity()));
    constant(g, "source", EventBridgeFacts.source(event.identity()));
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
    detail.write();
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

  private static void constant(JsonGenerator g, String name, String value) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("const", value);
    g.writeEndObject();
  }
}
