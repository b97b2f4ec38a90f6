package io.github.cloudtrailschema.format.example;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.text.JsonOut;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.trail.AdditionalEventData;
import io.github.cloudtrailschema.trail.RecordResources;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format example}: a complete CloudTrail record of the event, the envelope filled with
 * fixed plausible values ({@link ExampleEnvelope}) and the event's parts with values that satisfy
 * the model's enums, patterns and ranges. With {@code --eventbridge}, the record is the {@code
 * detail} of an EventBridge event.
 */
public final class ExampleRenderer implements EventRenderer {
  private final RenderOptions options;

  public ExampleRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(EventSchema event, PrintWriter out) {
    JsonGenerator g = JsonOut.open(out);
    try {
      Map<String, String> values = ExampleEnvelope.values(event);
      if (options.eventBridge()) {
        g.writeStartObject();
        g.writeStringField("version", "0");
        g.writeStringField("id", ExampleEnvelope.uuid("eventbridge", event));
        g.writeStringField("detail-type", EventBridgeFacts.detailType(event.identity()));
        g.writeStringField("source", EventBridgeFacts.source(event.identity()));
        g.writeStringField("account", ExampleValues.ACCOUNT);
        g.writeStringField("time", values.get("eventTime"));
        g.writeStringField("region", ExampleValues.REGION);
        g.writeArrayFieldStart("resources");
        g.writeEndArray();
        g.writeFieldName("detail");
      }
      record(event, values, g);
      if (options.eventBridge()) {
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }

  private void record(EventSchema event, Map<String, String> values, JsonGenerator g)
      throws IOException {
    ExampleWriter writer = new ExampleWriter(g, EventBridgeFacts.servicePrefix(event.identity()));
    g.writeStartObject();
    for (Field f : options.envelope().record().fields()) {
      Optional<RecordPart> part = part(f.name());
      if (part.isPresent()) {
        RecordPart d = part.get();
        if (d == RecordPart.INPUT || d == RecordPart.OUTPUT || event.parts().containsKey(d)) {
          Optional<Node.Struct> root = event.part(d).root();
          if (d == RecordPart.ADDITIONAL && root.isPresent()) {
            root = typical(event, root.get());
            if (root.isEmpty()) {
              continue;
            }
          }
          g.writeFieldName(f.name());
          if (root.isEmpty()) {
            g.writeNull();
          } else {
            writer.node(f.name(), root.get(), false);
          }
        }
      } else if (f.name().equals("resources")) {
        resources(event, g);
      } else {
        envelopeField(f, f.name(), values, writer, g);
      }
    }
    g.writeEndObject();
  }

  /**
   * The {@code additionalEventData} of a typical record: without the documented keys present only
   * under a condition (a KMS key in a custom key store, an ACL that authorized the request); empty
   * when nothing is left, as CloudTrail then leaves the field out.
   */
  static Optional<Node.Struct> typical(EventSchema event, Node.Struct root) {
    List<String> conditional =
        event.facts().additionalKeys().stream()
            .filter(k -> k.condition().isPresent())
            .map(AdditionalEventData.Key::key)
            .toList();
    List<Field> fields =
        root.fields().stream().filter(f -> !conditional.contains(f.name())).toList();
    if (fields.isEmpty() && !root.fields().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Node.Struct(root.shape(), fields));
  }

  /**
   * {@code resources}: the elements every record of the event carries (an access point's, present
   * only for calls through one, is left out), with example ARNs of their formats.
   */
  private static void resources(EventSchema event, JsonGenerator g) throws IOException {
    List<RecordResources.Element> elements = event.facts().alwaysResources();
    if (elements.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("resources");
    for (RecordResources.Element e : elements) {
      g.writeStartObject();
      g.writeStringField(e.arnKey(), e.exampleArn());
      if (e.accountId()) {
        g.writeStringField("accountId", ExampleValues.ACCOUNT);
      }
      g.writeStringField("type", e.type());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** An envelope field: its fixed value, the fields below it that have one, or a generic value. */
  private static void envelopeField(
      Field f, String path, Map<String, String> values, ExampleWriter writer, JsonGenerator g)
      throws IOException {
    String value = values.get(path);
    boolean below = values.keySet().stream().anyMatch(k -> k.startsWith(path + "."));
    if (value != null && f.value() instanceof Node.Leaf leaf) {
      g.writeFieldName(f.name());
      scalar(leaf.shape().kind(), value, g);
    } else if (below && f.value() instanceof Node.Struct s) {
      g.writeFieldName(f.name());
      g.writeStartObject();
      for (Field inner : s.fields()) {
        envelopeField(inner, path + "." + inner.name(), values, writer, g);
      }
      g.writeEndObject();
    } else if (f.member().required()) {
      g.writeFieldName(f.name());
      writer.node(f.name(), f.value(), false);
    }
  }

  private static void scalar(ScalarKind kind, String value, JsonGenerator g) throws IOException {
    if (kind == ScalarKind.BOOLEAN) {
      g.writeBoolean(Boolean.parseBoolean(value));
    } else if (kind.isNumeric()) {
      g.writeNumber(value);
    } else {
      g.writeString(value);
    }
  }

  public static Optional<RecordPart> part(String recordField) {
    for (RecordPart d : RecordPart.values()) {
      if (d.recordField().equals(recordField)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
