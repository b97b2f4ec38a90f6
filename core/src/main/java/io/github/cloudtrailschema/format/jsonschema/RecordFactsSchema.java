package io.github.cloudtrailschema.format.jsonschema;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.trail.RecordResources;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event's own envelope facts in its schema: {@code eventCategory} and {@code managementEvent}
 * as constants, and {@code resources} with its element types as an enum and its ARNs as a pattern.
 * A category that rests on inference alone allows management too: a guess must not reject a record.
 */
final class RecordFactsSchema {
  private RecordFactsSchema() {}

  static void category(List<EventSchema> events, String description, JsonGenerator g)
      throws IOException {
    Set<String> values = new LinkedHashSet<>();
    boolean inferred = false;
    for (EventSchema e : events) {
      values.add(e.category().recordValue());
      inferred |= e.facts().categoryInferred();
    }
    g.writeStartObject();
    if (inferred) {
      values.add("Management");
      description +=
          "\n\nThat this event is a data event is an inference (see its evidence): Management is"
              + " allowed too.";
    }
    g.writeStringField("description", description);
    enumOrConst(g, List.copyOf(values));
    g.writeEndObject();
  }

  static boolean managementKnown(List<EventSchema> events) {
    return events.stream()
        .allMatch(e -> e.facts().managementEvent().isPresent() && !e.facts().categoryInferred());
  }

  static void managementEvent(List<EventSchema> events, String description, JsonGenerator g)
      throws IOException {
    Set<Boolean> values = new LinkedHashSet<>();
    events.forEach(e -> values.add(e.facts().managementEvent().orElseThrow()));
    g.writeStartObject();
    g.writeStringField("description", description);
    if (values.size() == 1) {
      g.writeBooleanField("const", values.iterator().next());
    } else {
      g.writeStringField("type", "boolean");
    }
    g.writeEndObject();
  }

  static boolean hasResources(List<EventSchema> events) {
    return events.stream().allMatch(e -> !e.facts().resources().isEmpty());
  }

  /**
   * The array of the events' elements: any of their types, each ARN one of their formats. No key is
   * required: AWS's older example records (KMS) leave {@code type} out, and a schema must not reject
   * a record CloudTrail wrote.
   *
   * @param element the envelope's element of {@code resources}, for its fields' descriptions
   */
  static void resources(
      List<EventSchema> events, String description, Node element, JsonGenerator g)
      throws IOException {
    Set<String> types = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    List<String> formats = new ArrayList<>();
    boolean allFormats = true;
    for (EventSchema e : events) {
      for (RecordResources.Element el : e.facts().resources()) {
        types.add(el.type());
        keys.add(el.arnKey());
        allFormats &= !el.arnFormats().isEmpty();
        el.arnFormats().forEach(f -> {
          if (!formats.contains(f)) {
            formats.add(f);
          }
        });
      }
    }
    g.writeStartObject();
    g.writeStringField("description", description);
    g.writeStringField("type", "array");
    g.writeObjectFieldStart("items");
    g.writeStringField("type", "object");
    g.writeObjectFieldStart("properties");
    g.writeObjectFieldStart("type");
    describe(element, "type", g);
    enumOrConst(g, List.copyOf(types));
    g.writeEndObject();
    for (String key : keys) {
      g.writeObjectFieldStart(key);
      describe(element, key, g);
      g.writeStringField("type", "string");
      if (allFormats) {
        g.writeStringField("pattern", io.github.cloudtrailschema.trail.ArnFormat.pattern(formats));
      }
      g.writeEndObject();
    }
    g.writeObjectFieldStart("accountId");
    describe(element, "accountId", g);
    g.writeStringField("type", "string");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The envelope's description of the element's field {@code name}, where it has one. */
  private static void describe(Node element, String name, JsonGenerator g) throws IOException {
    if (element instanceof Node.Struct s) {
      for (Field f : s.fields()) {
        String doc = HtmlText.toText(f.member().documentation());
        if (f.name().equals(name) && !doc.isBlank()) {
          g.writeStringField("description", doc);
          return;
        }
      }
    }
  }

  /** {@code "const": v} for one value, else {@code "enum": [...]}, in the object being written. */
  static void enumOrConst(JsonGenerator g, List<String> values) throws IOException {
    if (values.size() == 1) {
      g.writeStringField("const", values.get(0));
    } else {
      g.writeArrayFieldStart("enum");
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }
}
