package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.List;
import java.util.Optional;

/**
 * Shapes and fields that CloudTrail adds and no API model has: EC2's {@code requestId}, S3's {@code
 * Host}, the {@code XxxRequest} wrapper of newer EC2 calls. Their ids live in the {@code
 * cloudtrail} namespace.
 */
public final class Synthetic {
  public static final String NAMESPACE = "cloudtrail";

  private Synthetic() {}

  public static ShapeId id(String name) {
    return new ShapeId(NAMESPACE, name);
  }

  public static ScalarShape scalar(String name, ScalarKind kind, String documentation) {
    return new ScalarShape(
        id(name), kind, List.of(), Constraints.NONE, Optional.empty(), documentation, false, false);
  }

  public static Field field(String key, ScalarKind kind, String documentation) {
    ScalarShape s = scalar(key, kind, documentation);
    return Field.of(key, member(key, s.id(), documentation), Node.Leaf.of(s));
  }

  public static Field field(String key, Node value, String documentation) {
    return Field.of(key, member(key, id(key), documentation), value);
  }

  public static Member member(String name, ShapeId target, String documentation) {
    return new Member(
        name,
        target,
        false,
        io.github.cloudtrailschema.model.Location.BODY,
        Optional.empty(),
        Optional.empty(),
        documentation,
        false,
        false,
        false,
        false,
        false);
  }

  public static StructureShape structure(String name, String documentation) {
    return new StructureShape(
        id(name), List.of(), documentation, false, false, false, false, Optional.empty());
  }

  public static Node.Struct struct(String name, List<Field> fields) {
    return new Node.Struct(structure(name, ""), fields);
  }

  public static ListShape list(String name) {
    return new ListShape(
        id(name), Member.of("member", id(name + ".member")), Constraints.NONE, "", false, false);
  }
}
