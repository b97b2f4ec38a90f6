package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.List;
import java.util.Optional;

/** A node of the walk result: the value at one place of a CloudTrail record. */
public sealed interface Node permits Node.Struct, Node.ListOf, Node.MapOf, Node.Leaf, Node.Cut {

  /** A JSON object with named fields, in model order. */
  record Struct(StructureShape shape, List<Field> fields) implements Node {
    public Struct {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A JSON array of {@code item}.
   *
   * @param wrapper the key of an object wrapping the array ({@code items} in EC2 records:
   *     {@code "instancesSet": {"items": [...]}}), if any
   */
  record ListOf(ListShape shape, Optional<String> wrapper, Node item) implements Node {}

  /** A JSON object whose keys are data: {@code key} describes them, {@code value} the values. */
  record MapOf(MapShape shape, ScalarShape key, Node value) implements Node {}

  /** A scalar value. */
  record Leaf(ScalarShape shape) implements Node {}

  /** A recursive shape, not expanded again: it already stands on the path to here. */
  record Cut(ShapeId shape) implements Node {}
}
