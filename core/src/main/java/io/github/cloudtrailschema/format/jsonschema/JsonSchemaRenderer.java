package io.github.cloudtrailschema.format.jsonschema;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.example.ExampleRenderer;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.text.JsonOut;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --format json-schema}: JSON Schema 2020-12 of the event's whole CloudTrail record, the
 * envelope with the event's own {@code eventSource}/{@code eventName} and typed parts. A part is
 * nullable as CloudTrail logs it: {@code null} for a request without parameters, a read-only call's
 * response, an error, or a part over 100 KB. Extra keys are allowed throughout: records carry
 * fields that models lag behind on.
 *
 * <p>Self-contained by default. In a {@link SharedSchemaLayout shared layout} (the export) the
 * envelope is written once ({@link #renderRecord}) and each event's schema refers to it, adding only
 * what is the event's own: its names, type and parts. Two operations that log one event name
 * (s3 ListObjects and ListObjectsV2) get one schema, each part either operation's.
 */
public final class JsonSchemaRenderer implements EventRenderer {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private final RenderOptions options;
  private final Optional<SharedSchemaLayout> shared;

  public JsonSchemaRenderer(RenderOptions options) {
    this(options, Optional.empty());
  }

  /** Renders in {@code shared}'s layout where given, else self-contained. */
  public JsonSchemaRenderer(RenderOptions options, Optional<SharedSchemaLayout> shared) {
    this.options = options;
    this.shared = shared;
  }

  @Override
  public void render(EventSchema event, PrintWriter out) {
    render(List.of(event), "", out);
  }

  /**
   * One schema for {@code events}, the operations that log one event name of one service (most
   * often just one); {@code file} is where it goes in a shared layout, relative to its folder.
   */
  public void render(List<EventSchema> events, String file, PrintWriter out) {
    EventSchema first = events.get(0);
    JsonGenerator g = JsonOut.open(out);
    try {
      SchemaWriter w = new SchemaWriter(g);
      g.writeStartObject();
      g.writeStringField("$schema", DRAFT);
      g.writeStringField("$id", shared.isPresent() ? shared.get().id(file) : urn(first));
      g.writeStringField(
          "title",
          (options.eventBridge()
                  ? "EventBridge event of the CloudTrail record "
                  : "CloudTrail record ")
              + first.eventSource()
              + " "
              + first.eventName());
      String doc = description(events);
      if (!doc.isEmpty()) {
        g.writeStringField("description", doc);
      }
      if (options.eventBridge()) {
        EventBridgeSchema.write(events, g, () -> record(events, file, w, g));
      } else {
        record(events, file, w, g);
      }
      w.defs();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }

  /** The envelope's own schema, at {@link SharedSchemaLayout#RECORD}: what every event shares. */
  public void renderRecord(PrintWriter out) {
    SharedSchemaLayout layout = shared.orElseThrow();
    JsonGenerator g = JsonOut.open(out);
    try {
      SchemaWriter w = new SchemaWriter(g);
      g.writeStartObject();
      g.writeStringField("$schema", DRAFT);
      g.writeStringField("$id", layout.id(SharedSchemaLayout.RECORD));
      g.writeStringField("title", "CloudTrail record");
      g.writeStringField(
          "description",
          "The fields every CloudTrail record has; each event's schema refers to this one and"
              + " adds its eventSource, eventName, eventType and parts.");
      Node.Struct envelope = options.envelope().record();
      g.writeStringField("type", "object");
      g.writeObjectFieldStart("properties");
      for (Field f : envelope.fields()) {
        g.writeFieldName(f.name());
        w.scope("record", f.value());
        w.node(f.value(), Optional.of(f));
      }
      g.writeEndObject();
      required(envelope, g);
      w.defs();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }

  private String urn(EventSchema event) {
    return "urn:cloudtrail-schema:"
        + event.eventSource()
        + ":"
        + event.eventName()
        + (options.eventBridge() ? ":eventbridge" : "");
  }

  private static String description(List<EventSchema> events) {
    if (events.size() == 1) {
      return HtmlText.toText(events.get(0).operation().documentation());
    }
    StringBuilder b = new StringBuilder("Logged by " + events.size() + " operations: ");
    b.append(String.join(", ", events.stream().map(e -> e.operation().name()).toList()));
    b.append(". A record is either operation's: each part allows both.");
    for (EventSchema e : events) {
      String doc = HtmlText.toText(e.operation().documentation());
      if (!doc.isEmpty()) {
        b.append("\n\n").append(e.operation().name()).append(": ").append(doc);
      }
    }
    return b.toString();
  }

  /**
   * The record's schema body, written into the object already open: the whole envelope, or in a
   * shared layout a reference to it and the event's own fields.
   */
  private void record(List<EventSchema> events, String file, SchemaWriter w, JsonGenerator g)
      throws IOException {
    Node.Struct envelope = options.envelope().record();
    if (shared.isPresent()) {
      g.writeStringField("$ref", shared.get().recordRef(file));
    }
    g.writeStringField("type", "object");
    g.writeObjectFieldStart("properties");
    for (Field f : envelope.fields()) {
      Optional<RecordPart> part = ExampleRenderer.part(f.name());
      if (part.isPresent() && own(events, part.get())) {
        g.writeFieldName(f.name());
        part(events, part.get(), f, w, g);
      } else if (f.name().equals("eventSource")) {
        g.writeFieldName(f.name());
        constants(g, distinct(events, e -> List.of(e.eventSource())));
      } else if (f.name().equals("eventName")) {
        g.writeFieldName(f.name());
        constants(g, distinct(events, JsonSchemaRenderer::names));
      } else if (f.name().equals("eventType")) {
        g.writeFieldName(f.name());
        constants(g, distinct(events, e -> List.of(e.eventType().toString())));
      } else if (f.name().equals("eventCategory")) {
        g.writeFieldName(f.name());
        RecordFactsSchema.category(events, HtmlText.toText(f.member().documentation()), g);
      } else if (f.name().equals("managementEvent") && RecordFactsSchema.managementKnown(events)) {
        g.writeFieldName(f.name());
        RecordFactsSchema.managementEvent(
            events, HtmlText.toText(f.member().documentation()), g);
      } else if (f.name().equals("resources") && RecordFactsSchema.hasResources(events)) {
        g.writeFieldName(f.name());
        RecordFactsSchema.resources(
            events,
            HtmlText.toText(f.member().documentation()),
            f.value() instanceof Node.ListOf l ? l.item() : f.value(),
            g);
      } else if (shared.isEmpty()) {
        g.writeFieldName(f.name());
        w.scope("record", f.value());
        w.node(f.value(), Optional.of(f));
      }
    }
    g.writeEndObject();
    if (shared.isEmpty()) {
      required(envelope, g);
    }
  }

  /**
   * Whether part {@code d} is the events' own: request and response always are (null when not
   * logged); a further part (additionalEventData, ...) when every event logs it, else the
   * envelope's free value stands.
   */
  private static boolean own(List<EventSchema> events, RecordPart d) {
    return d.ordinal() <= RecordPart.OUTPUT.ordinal()
        || events.stream().allMatch(e -> e.parts().containsKey(d));
  }

  private static void required(Node.Struct envelope, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("required");
    for (Field f : envelope.fields()) {
      if (f.member().required()) {
        g.writeString(f.name());
      }
    }
    g.writeEndArray();
  }

  /** A part: null, or any of the events' own structures (each in a scope of its own), or null. */
  private static void part(
      List<EventSchema> events, RecordPart d, Field f, SchemaWriter w, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("description", HtmlText.toText(f.member().documentation()));
    List<EventSchema> logging =
        events.stream().filter(e -> e.part(d).root().isPresent()).toList();
    if (logging.isEmpty()) {
      g.writeStringField("type", "null");
    } else {
      g.writeArrayFieldStart("anyOf");
      for (EventSchema e : logging) {
        Node root = e.part(d).root().get();
        w.scope(
            d.recordField() + (events.size() > 1 ? "_" + e.operation().name() : ""), root);
        w.node(root, Optional.empty());
      }
      g.writeStartObject();
      g.writeStringField("type", "null");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static List<String> names(EventSchema event) {
    List<String> names = new ArrayList<>();
    names.add(event.eventName());
    names.addAll(event.eventNameAlternatives());
    return names;
  }

  private static List<String> distinct(
      List<EventSchema> events, java.util.function.Function<EventSchema, List<String>> values) {
    Set<String> all = new LinkedHashSet<>();
    events.forEach(e -> all.addAll(values.apply(e)));
    return List.copyOf(all);
  }

  /** {@code {"const": v}} for one value, else {@code {"enum": [...]}}. */
  private static void constants(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartObject();
    RecordFactsSchema.enumOrConst(g, values);
    g.writeEndObject();
  }
}
