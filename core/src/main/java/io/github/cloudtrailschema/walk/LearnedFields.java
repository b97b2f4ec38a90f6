package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.model.LearnedField;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.overlay.OverlayPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the fields the user's logs showed (and no model explains) into an event's parts, as CloudTrail
 * wrote them, each marked "seen in your logs: 14 records, ...". A learned field goes beside the
 * model's fields, never in place of one: where the model already has a field of that name, the walk
 * goes on inside it; where the model's field cannot hold what was seen (a string where the logs had
 * an object), the learned field is not shown, and {@code check} still counts it as learned.
 *
 * <p>Learned shapes live in the {@code learned} namespace; {@link #note} tells a renderer which
 * fields are learned.
 */
public final class LearnedFields {
  public static final String NAMESPACE = "learned";

  private LearnedFields() {}

  /** What marks a learned field, for the renderers: empty for the model's own fields. */
  public static Optional<String> note(Field f) {
    return f.member().target().service().equals(NAMESPACE)
        ? Optional.of(f.member().documentation())
        : Optional.empty();
  }

  /**
   * The parts with the learned fields of {@code op} put in.
   *
   * @param wanted the parts the caller asked for: others stay out
   */
  static Map<RecordPart, EventStructure> graft(
      ServiceModel service,
      Operation op,
      Map<RecordPart, EventStructure> parts,
      java.util.Set<RecordPart> wanted,
      LearnedEvent learned) {
    List<LearnedField> fields = new ArrayList<>(learned.fields());
    // Containers first: a path seen both as a leaf and as an object shows as the object.
    fields.sort(
        Comparator.comparingInt((LearnedField f) -> -OverlayPaths.segments(f.path()).size())
            .thenComparing(LearnedField::path));
    for (LearnedField f : fields) {
      Optional<RecordPart> part = part(OverlayPaths.root(f.path()));
      if (part.isEmpty() || !wanted.contains(part.get())) {
        continue;
      }
      EventStructure s = parts.get(part.get());
      // Where the model has no object (no input shape, a response logged as null), the logs did.
      Node.Struct root =
          s == null || s.root().isEmpty()
              ? new Node.Struct(structure(part.get().recordField()), List.of())
              : s.root().get();
      Node.Struct grafted = (Node.Struct) insert(root, OverlayPaths.segments(f.path()), 0, f);
      if (grafted != null) {
        parts.put(
            part.get(), new EventStructure(service, op, part.get(), Optional.of(grafted)));
      }
    }
    return parts;
  }

  private static Optional<RecordPart> part(String recordField) {
    for (RecordPart p : RecordPart.values()) {
      if (p.recordField().equals(recordField)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code node} with the field put at {@code path[at...]}; null where the model's node cannot hold
   * it (a leaf, a recursion cut, a free-form value).
   */
  private static Node insert(Node node, List<OverlayPaths.Segment> path, int at, LearnedField f) {
    if (at == path.size()) {
      return node; // the model already has it (a learned spelling that turned out the model's)
    }
    OverlayPaths.Segment step = path.get(at);
    if (node instanceof Node.Struct s && step instanceof OverlayPaths.Key k) {
      return intoStruct(s, k.name(), path, at, f);
    }
    if (node instanceof Node.Struct s && step instanceof OverlayPaths.AnyKey) {
      return intoStruct(s, "*", path, at, f);
    }
    if (node instanceof Node.Struct && step instanceof OverlayPaths.EmptyObject) {
      return node;
    }
    if (node instanceof Node.ListOf l && step instanceof OverlayPaths.Element) {
      Node item = insert(l.item(), path, at + 1, f);
      return item == null ? null : new Node.ListOf(l.shape(), l.wrapper(), item, l.singleAsObject());
    }
    if (node instanceof Node.MapOf m
        && (step instanceof OverlayPaths.Key || step instanceof OverlayPaths.AnyKey)) {
      Node value = insert(m.value(), path, at + 1, f);
      return value == null ? null : new Node.MapOf(m.shape(), m.key(), value);
    }
    return null;
  }

  private static Node intoStruct(
      Node.Struct s, String key, List<OverlayPaths.Segment> path, int at, LearnedField f) {
    List<Field> fields = new ArrayList<>(s.fields());
    for (int i = 0; i < fields.size(); i++) {
      Field existing = fields.get(i);
      if (existing.name().equals(key) || existing.alternatives().contains(key)) {
        Node inner = insert(existing.value(), path, at + 1, f);
        if (inner == null) {
          return null;
        }
        fields.set(i, new Field(existing.name(), existing.alternatives(), existing.member(), inner));
        return new Node.Struct(s.shape(), fields);
      }
    }
    fields.add(learned(key, build(path, at + 1, f), f));
    return new Node.Struct(s.shape(), fields);
  }

  /**
   * The nodes of {@code path[at...]}, all learned, down to the leaf's type. Each shape is named by
   * the learned path up to it: two learned objects never share a shape id (a schema's {@code
   * $defs} are keyed by it).
   */
  private static Node build(List<OverlayPaths.Segment> path, int at, LearnedField f) {
    String here = prefix(f.path(), path, at);
    if (at == path.size()) {
      return Node.Leaf.of(scalar(here, f.types(), f.note()));
    }
    OverlayPaths.Segment step = path.get(at);
    if (step instanceof OverlayPaths.EmptyObject) {
      return new Node.Struct(structure(here), List.of());
    }
    if (step instanceof OverlayPaths.Element) {
      Node item =
          at + 1 == path.size() && f.types().equals(List.of("array"))
              ? new Node.Any("seen only as an empty list")
              : build(path, at + 1, f);
      return new Node.ListOf(Synthetic.list(NAMESPACE + "." + here), Optional.empty(), item, false);
    }
    String key = step instanceof OverlayPaths.Key k ? k.name() : "*";
    return new Node.Struct(structure(here), List.of(learned(key, build(path, at + 1, f), f)));
  }

  /** The learned path's text up to step {@code at}: {@code requestParameters.a.b[]}. */
  private static String prefix(String full, List<OverlayPaths.Segment> path, int at) {
    StringBuilder b = new StringBuilder(OverlayPaths.root(full));
    for (OverlayPaths.Segment s : path.subList(0, at)) {
      if (s instanceof OverlayPaths.Key k) {
        b.append('.').append(k.name());
      } else if (s instanceof OverlayPaths.AnyKey) {
        b.append(".*");
      } else if (s instanceof OverlayPaths.Element) {
        b.append("[]");
      } else {
        b.append("{}");
      }
    }
    return b.toString();
  }

  private static Field learned(String key, Node value, LearnedField f) {
    Member m =
        new Member(
            key,
            new ShapeId(NAMESPACE, key),
            false,
            io.github.cloudtrailschema.model.Location.BODY,
            Optional.empty(),
            Optional.empty(),
            f.note(),
            false,
            false,
            false,
            false,
            false);
    return Field.of(key, m, value);
  }

  private static StructureShape structure(String name) {
    return new StructureShape(
        new ShapeId(NAMESPACE, name),
        List.of(),
        "",
        false,
        false,
        false,
        false,
        Optional.empty());
  }

  /** The scalar the JSON types seen make: one kind where they agree, a string where they do not. */
  private static ScalarShape scalar(String name, List<String> types, String note) {
    List<String> values = types.stream().filter(t -> !t.equals("null")).toList();
    ScalarKind kind = ScalarKind.STRING;
    if (values.equals(List.of("boolean"))) {
      kind = ScalarKind.BOOLEAN;
    } else if (values.equals(List.of("integer"))) {
      kind = ScalarKind.LONG;
    } else if (!values.isEmpty() && List.of("integer", "number").containsAll(values)) {
      kind = ScalarKind.DOUBLE;
    }
    return new ScalarShape(
        new ShapeId(NAMESPACE, name),
        kind,
        List.of(),
        Constraints.NONE,
        Optional.empty(),
        note,
        false,
        false);
  }
}
