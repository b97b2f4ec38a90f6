package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.NamingStrategy;
import io.github.cloudtrailschema.trail.ServiceConventions;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query, JSON, REST-JSON and REST-XML services (all but EC2 and S3): the request and response
 * structures' members under names from the service's {@link NamingStrategy}.
 *
 * <p>Members CloudTrail never logs are left out: HTTP status codes and streamed bodies. An output
 * with no logged member is {@code null}, as CloudTrail writes it. With {@code unwrapSingleResult}
 * (the RDS family) a response whose only member is a structure is logged as that structure's
 * content: {@code CreateDBSnapshot} logs {@code dBSnapshotIdentifier} at the top, not under {@code
 * dBSnapshot}.
 */
public final class DefaultShaper implements EventShaper {
  private final ServiceModel model;
  private final NamingStrategy naming;
  private final boolean unwrapSingleResult;
  private final Optional<TimestampStyle> timestamps;

  public DefaultShaper(
      ServiceModel model,
      NamingStrategy naming,
      boolean unwrapSingleResult,
      Optional<TimestampStyle> timestamps) {
    this.model = model;
    this.naming = naming;
    this.unwrapSingleResult = unwrapSingleResult;
    this.timestamps = timestamps;
  }

  @Override
  public WalkRules rules(Operation op, RecordPart d) {
    return rules;
  }

  /** The same for every operation and direction, so expansions are shared through {@link #memo}. */
  private final WalkRules rules =
      new WalkRules() {
        @Override
        public List<String> keys(StructureShape owner, Member member) {
          List<String> known = keys.get(member);
          if (known == null) {
            known = logged(member) ? naming.names(member) : List.of();
            keys.put(member, known);
          }
          return known;
        }

        @Override
        public Optional<TimestampStyle> timestamps() {
          return timestamps;
        }
      };

  /**
   * Keys per member object (identity: a loaded model's members are shared, records hash slowly).
   */
  private final Map<Member, List<String>> keys =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private ShapeWalker.Memo memo;

  private synchronized ShapeWalker walker() {
    if (memo == null) {
      memo = new ShapeWalker.Memo(model);
    }
    return new ShapeWalker(model, rules, memo);
  }

  private boolean logged(Member m) {
    if (m.location() == Location.STATUS_CODE) {
      return false;
    }
    Shape target = model.expectShape(m.target());
    return !(target instanceof ScalarShape s && s.streaming());
  }

  @Override
  public EventStructure shape(Operation op, RecordPart d) {
    Optional<ShapeId> root = root(op, d);
    if (root.isEmpty() || !(model.expectShape(root.get()) instanceof StructureShape s)) {
      return new EventStructure(model, op, d, Optional.empty());
    }
    ShapeWalker walker = walker();
    StructureShape top = s;
    if (d == RecordPart.OUTPUT && unwrapSingleResult) {
      top = singleStructureMember(s).orElse(s);
    }
    List<Field> fields = walker.fields(top);
    if (d == RecordPart.INPUT && ServiceConventions.wrapsBodyAsOperationInput(model.metadata())) {
      fields = bodyAsOperationInput(op, fields);
    }
    if (fields.isEmpty() && d == RecordPart.OUTPUT) {
      return new EventStructure(model, op, d, Optional.empty());
    }
    return new EventStructure(model, op, d, Optional.of(new Node.Struct(top, fields)));
  }

  /** See {@link ServiceConventions#wrapsBodyAsOperationInput}. */
  private static List<Field> bodyAsOperationInput(Operation op, List<Field> fields) {
    List<Field> out = new java.util.ArrayList<>();
    List<Field> body = new java.util.ArrayList<>();
    for (Field f : fields) {
      (f.member().location() == Location.BODY ? body : out).add(f);
    }
    String key = NamingStrategy.lowerFirst(op.name()) + "Input";
    if (!body.isEmpty()) {
      out.add(
          Synthetic.field(key, Synthetic.struct(op.name() + "Input", body), "The request body."));
    }
    out.add(
        Synthetic.field(
            "template",
            io.github.cloudtrailschema.model.ScalarKind.BOOLEAN,
            "Always false in API Gateway records."));
    return out;
  }

  private Optional<StructureShape> singleStructureMember(StructureShape s) {
    if (s.members().size() != 1) {
      return Optional.empty();
    }
    Shape only = model.expectShape(s.members().get(0).target());
    return only instanceof StructureShape inner && !inner.document()
        ? Optional.of(inner)
        : Optional.empty();
  }

  static Optional<ShapeId> root(Operation op, RecordPart d) {
    return switch (d) {
      case INPUT -> op.input();
      case OUTPUT -> op.output();
      case ADDITIONAL -> op.additionalEventData();
      case SERVICE_DETAILS -> op.serviceEventDetails();
    };
  }
}
