package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.NamingStrategy;
import io.github.cloudtrailschema.trail.TimestampStyle;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.RecordSchema;
import io.github.cloudtrailschema.walk.ShapeWalker;
import io.github.cloudtrailschema.walk.WalkRules;
import java.util.Optional;

/**
 * The complete record envelope, from the project's curated model ({@code
 * curated/envelope-model.json}: every top-level field up to eventVersion 1.11 with its
 * documentation). Schemas and pages use it; examples use the {@link Envelope#standard() typical}
 * fields instead, so that an example looks like a real record rather than one with every rare field
 * (insightDetails, addendum, ...) filled in.
 */
final class CuratedEnvelope implements Envelope {
  private final Node.Struct record;

  private CuratedEnvelope(Node.Struct record) {
    this.record = record;
  }

  /** The curated envelope of the catalogue, or the standard one if the build had none. */
  static Envelope of(ModelCatalog catalog) {
    Optional<ServiceModel> model = catalog.envelope();
    if (model.isEmpty()) {
      return Envelope.standard();
    }
    ServiceModel m = model.get();
    Optional<StructureShape> root =
        m.shape(new ShapeId(m.name(), RecordSchema.RECORD_SHAPE))
            .filter(StructureShape.class::isInstance)
            .map(StructureShape.class::cast);
    if (root.isEmpty()) {
      return Envelope.standard();
    }
    ShapeWalker walker =
        new ShapeWalker(
            m, WalkRules.naming(NamingStrategy.memberName(), Optional.of(TimestampStyle.ISO_8601)));
    return new CuratedEnvelope(new Node.Struct(root.get(), walker.fields(root.get())));
  }

  @Override
  public Node.Struct record() {
    return record;
  }
}
