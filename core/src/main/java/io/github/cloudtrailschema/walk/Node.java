package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.List;
import java.util.Optional;

/** A node of the walk result: the value at one place of a CloudTrail record. */
public sealed interface Node
    permits Node.Struct, Node.ListOf, Node.MapOf, Node.Leaf, Node.Cut, Node.Any {

  /**
   * A JSON object with named fields, in model order.
   *
   * @param shape the model structure, or a synthetic one for objects CloudTrail adds (an EC2 {@code
   *     XxxRequest} wrapper, an S3 request)
   */
  record Struct(StructureShape shape, List<Field> fields) implements Node {
    public Struct {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A JSON array of {@code item}.
   *
   * @param wrapper the key of an object wrapping the array ({@code items} in EC2 records: {@code
   *     "instancesSet": {"items": [...]}}), if any
   * @param singleAsObject CloudTrail may log a one-element list as the element itself (XML-derived
   *     bodies: S3 payloads, wrapped EC2 requests)
   */
  record ListOf(ListShape shape, Optional<String> wrapper, Node item, boolean singleAsObject)
      implements Node {}

  /** A JSON object whose keys are data: {@code key} describes them, {@code value} the values. */
  record MapOf(MapShape shape, ScalarShape key, Node value) implements Node {}

  /**
   * A scalar value.
   *
   * @param timestampStyle for timestamps: how CloudTrail writes them for this service
   */
  record Leaf(ScalarShape shape, Optional<TimestampStyle> timestampStyle) implements Node {
    public static Leaf of(ScalarShape shape) {
      return new Leaf(shape, Optional.empty());
    }
  }

  /** A recursive shape, not expanded again: it already stands on the path to here. */
  record Cut(ShapeId shape) implements Node {}

  /**
   * Any JSON value: a document-typed member, or a string member CloudTrail logs parsed (an S3
   * bucket policy, an Elasticsearch access policy).
   */
  record Any(String description) implements Node {}
}
