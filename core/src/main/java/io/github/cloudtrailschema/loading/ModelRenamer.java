package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a service model another catalogue name. A model is parsed under the name its own layout
 * gives it (a Smithy folder's {@code application-cost-profiler}); merged over the embedded
 * catalogue it takes the embedded name, botocore's ({@code applicationcostprofiler}), so that one
 * service has one name whatever its source. Shape ids carry the service name, so every one is
 * rewritten.
 */
final class ModelRenamer {
  private ModelRenamer() {}

  static ServiceMetadata rename(ServiceMetadata m, String name) {
    return new ServiceMetadata(
        name,
        m.apiVersion(),
        m.endpointPrefix(),
        m.signingName(),
        m.serviceId(),
        m.fullName(),
        m.abbreviation(),
        m.protocol(),
        m.targetPrefix(),
        m.globalEndpoint(),
        m.cloudTrailEventSource(),
        m.origin());
  }

  static ServiceModel rename(ServiceModel model, String name) {
    if (model.name().equals(name)) {
      return model;
    }
    Map<String, Operation> ops = new LinkedHashMap<>();
    model.operations().forEach((k, o) -> ops.put(k, rename(o, name)));
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (Shape s : model.shapes()) {
      shapes.put(s.id().name(), rename(s, name));
    }
    return new ServiceModel(rename(model.metadata(), name), model.documentation(), ops, shapes);
  }

  private static Operation rename(Operation o, String name) {
    return new Operation(
        o.name(),
        id(o.input(), name),
        id(o.output(), name),
        o.documentation(),
        o.httpMethod(),
        o.requestUri(),
        o.deprecated(),
        o.resultWrapper(),
        o.eventType(),
        id(o.additionalEventData(), name),
        id(o.serviceEventDetails(), name));
  }

  private static Shape rename(Shape s, String name) {
    ShapeId id = new ShapeId(name, s.id().name());
    if (s instanceof StructureShape st) {
      List<Member> members = st.members().stream().map(m -> rename(m, name)).toList();
      return new StructureShape(
          id,
          members,
          st.documentation(),
          st.sensitive(),
          st.union(),
          st.document(),
          st.exception(),
          st.payload());
    }
    if (s instanceof ListShape l) {
      return new ListShape(
          id,
          rename(l.member(), name),
          l.constraints(),
          l.documentation(),
          l.sensitive(),
          l.flattened());
    }
    if (s instanceof MapShape m) {
      return new MapShape(
          id,
          rename(m.key(), name),
          rename(m.value(), name),
          m.constraints(),
          m.documentation(),
          m.sensitive(),
          m.flattened());
    }
    ScalarShape sc = (ScalarShape) s;
    return new ScalarShape(
        id,
        sc.kind(),
        sc.enumValues(),
        sc.constraints(),
        sc.timestampFormat(),
        sc.documentation(),
        sc.sensitive(),
        sc.streaming());
  }

  private static Member rename(Member m, String name) {
    return new Member(
        m.name(),
        new ShapeId(name, m.target().name()),
        m.required(),
        m.location(),
        m.locationName(),
        m.queryName(),
        m.documentation(),
        m.deprecated(),
        m.idempotencyToken(),
        m.jsonValue(),
        m.xmlAttribute(),
        m.hostLabel());
  }

  private static Optional<ShapeId> id(Optional<ShapeId> id, String name) {
    return id.map(i -> new ShapeId(name, i.name()));
  }
}
