package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.trail.Conventions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expands a shape depth-first into a {@link Node} tree.
 *
 * <p>The guard is per path, as botocore's skeleton generator does it: siblings expand
 * independently, and only a shape already on the path from the root is cut. A global "visited" set
 * would wrongly cut the second of two members sharing a shape. Every model here expands to at most
 * about 24,000 nodes (quicksight dashboards), so no further bound is needed.
 */
public final class ShapeWalker {
  private final ServiceModel model;
  private final Conventions conventions;
  private final Set<ShapeId> path = new HashSet<>();

  public ShapeWalker(ServiceModel model, Conventions conventions) {
    this.model = model;
    this.conventions = conventions;
  }

  /** The request or response of {@code operation}. */
  public EventStructure walk(Operation operation, Direction direction) {
    Optional<ShapeId> root = direction == Direction.INPUT ? operation.input() : operation.output();
    Optional<Node.Struct> tree =
        root.map(model::expectShape)
            .filter(StructureShape.class::isInstance)
            .map(s -> (Node.Struct) node(s));
    return new EventStructure(model, operation, direction, tree);
  }

  /** Expands any shape of the model. */
  public Node node(Shape shape) {
    if (!path.add(shape.id())) {
      return new Node.Cut(shape.id());
    }
    try {
      if (shape instanceof StructureShape s) {
        List<Field> fields = new ArrayList<>(s.members().size());
        for (Member m : s.members()) {
          fields.add(new Field(conventions.naming().name(m), m, node(model.expectShape(m.target()))));
        }
        return new Node.Struct(s, fields);
      }
      if (shape instanceof ListShape l) {
        return new Node.ListOf(l, Optional.empty(), node(model.expectShape(l.member().target())));
      }
      if (shape instanceof MapShape m) {
        Shape key = model.expectShape(m.key().target());
        return new Node.MapOf(
            m, key instanceof ScalarShape k ? k : stringKey(m), node(model.expectShape(m.value().target())));
      }
      return new Node.Leaf((ScalarShape) shape);
    } finally {
      path.remove(shape.id());
    }
  }

  /** Map keys are strings on the wire whatever the model says. */
  private static ScalarShape stringKey(MapShape m) {
    return new ScalarShape(
        m.key().target(), ScalarKind.STRING, List.of(), Constraints.NONE, Optional.empty(), "", false,
        false);
  }
}
