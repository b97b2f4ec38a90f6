package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.NamingStrategy;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole CloudTrail record of one event: the curated envelope ({@code CloudTrailRecord}:
 * eventVersion, userIdentity, ...) with the event's own parts in place of the payload fields, and
 * the event's identity ({@code eventSource}, {@code eventName}, {@code eventType}, {@code
 * eventCategory}) as single-value enums and its {@code resources} elements.
 */
public final class RecordSchema {
  /** The envelope structure's name in the curated model. */
  public static final String RECORD_SHAPE = "CloudTrailRecord";

  private RecordSchema() {}

  /** The record of {@code event}, or empty if the catalogue has no envelope model. */
  public static Optional<Node.Struct> of(EventSchema event, Optional<ServiceModel> envelope) {
    return envelope(envelope)
        .map(
            record -> {
              List<Field> fields = new ArrayList<>();
              for (Field f : record.fields()) {
                fields.add(substitute(f, event));
              }
              return new Node.Struct(record.shape(), fields);
            });
  }

  /**
   * The envelope alone, its payload fields as free JSON: the curated {@code CloudTrailRecord}
   * walked with its member names as keys. Empty if there is no such model.
   */
  public static Optional<Node.Struct> envelope(Optional<ServiceModel> envelope) {
    if (envelope.isEmpty()) {
      return Optional.empty();
    }
    ServiceModel model = envelope.get();
    Optional<Shape> root = model.shape(new ShapeId(model.name(), RECORD_SHAPE));
    if (root.isEmpty() || !(root.get() instanceof StructureShape record)) {
      return Optional.empty();
    }
    ShapeWalker walker =
        new ShapeWalker(
            model,
            WalkRules.naming(NamingStrategy.memberName(), Optional.of(TimestampStyle.ISO_8601)));
    return Optional.of(new Node.Struct(record, walker.fields(record)));
  }

  private static Field substitute(Field f, EventSchema event) {
    for (RecordPart d : RecordPart.values()) {
      if (d.recordField().equals(f.name())) {
        EventStructure part = event.part(d);
        Node value = part.root().isPresent() ? part.root().get() : nullValue(d);
        return new Field(f.name(), f.alternatives(), f.member(), value);
      }
    }
    if (f.name().equals("resources") && !event.facts().resources().isEmpty()) {
      return new Field(f.name(), f.alternatives(), f.member(), ResourcesNode.of(event.facts()));
    }
    String constant =
        switch (f.name()) {
          case "eventSource" -> event.eventSource();
          case "eventName" -> event.eventName();
          case "eventType" -> event.eventType().toString();
          case "eventCategory" -> event.category().recordValue();
          default -> null;
        };
    if (constant != null && f.value() instanceof Node.Leaf leaf) {
      List<String> values = new ArrayList<>();
      values.add(constant);
      if (f.name().equals("eventName")) {
        values.addAll(event.eventNameAlternatives());
      }
      if (f.name().equals("eventCategory") && event.facts().categoryInferred()) {
        values.add("Management");
      }
      ScalarShape s = leaf.shape();
      return new Field(
          f.name(),
          f.alternatives(),
          f.member(),
          new Node.Leaf(
              new ScalarShape(
                  s.id(),
                  s.kind(),
                  values,
                  s.constraints(),
                  s.timestampFormat(),
                  s.documentation(),
                  s.sensitive(),
                  s.streaming()),
              leaf.timestampStyle()));
    }
    return f;
  }

  /** A part the event does not fill: CloudTrail writes {@code null}. */
  private static Node nullValue(RecordPart d) {
    return new Node.Any("null: " + d.recordField() + " is always null for this event");
  }
}
