package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.loading.ModelLoadException;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Expands a shape depth-first into a {@link Node} tree, under the given {@link WalkRules}.
 *
 * <p>The guard is per path, as botocore's skeleton generator does it: siblings expand
 * independently, and only a shape already on the path from the root is cut. A global "visited" set
 * would wrongly cut the second of two members sharing a shape. Every model here expands to at most
 * about 24,000 nodes (QuickSight dashboard definitions), so no further bound is needed.
 */
public final class ShapeWalker {
  private final ServiceModel model;
  private final WalkRules rules;
  private final Set<ShapeId> path = new HashSet<>();
  private final Memo memo;

  /**
   * Expansions a walker may reuse across operations, for rules that do not depend on the operation:
   * structures that reach no recursive shape expand the same on every path.
   */
  public static final class Memo {
    private final CycleIndex cycles;
    private final Map<ShapeId, Node> nodes = new ConcurrentHashMap<>();

    public Memo(ServiceModel model) {
      this.cycles = new CycleIndex(model);
    }
  }

  public ShapeWalker(ServiceModel model, WalkRules rules) {
    this(model, rules, null);
  }

  public ShapeWalker(ServiceModel model, WalkRules rules, Memo memo) {
    this.model = model;
    this.rules = rules;
    this.memo = memo;
  }

  /** Expands the shape {@code id} names. */
  public Node node(ShapeId id) {
    return node(model.expectShape(id), null);
  }

  /** Expands a structure's members, without the recursion guard for the structure itself. */
  public List<Field> fields(StructureShape s) {
    List<Field> fields = new ArrayList<>(s.members().size());
    for (Member m : s.members()) {
      List<String> keys = rules.keys(s, m);
      if (keys.isEmpty()) {
        continue;
      }
      Node value = node(model.expectShape(m.target()), m);
      fields.add(new Field(keys.get(0), keys.subList(1, keys.size()), m, value));
    }
    fields.addAll(rules.extraFields(s));
    return rules.adjust(s, fields);
  }

  /**
   * How deep shapes may nest on one path. AWS models nest a few dozen levels at most; a model from
   * a {@code --models} folder may nest 100,000 (a chain of structures), and expanding it would
   * overflow the stack. The model is then refused in a line, as a broken one is.
   */
  public static final int MAX_DEPTH = 200;

  private Node node(Shape shape, Member via) {
    if (path.size() >= MAX_DEPTH) {
      throw tooDeep(model, shape.id());
    }
    if (!path.add(shape.id())) {
      return new Node.Cut(shape.id());
    }
    try {
      if (redacted(shape)) {
        return REDACTED;
      }
      if (shape instanceof StructureShape s) {
        if (s.document()) {
          return new Node.Any("document: any JSON value");
        }
        if (memo != null && !memo.cycles.reachesCycle(s.id())) {
          Node known = memo.nodes.get(s.id());
          if (known == null) {
            known = new Node.Struct(s, fields(s));
            memo.nodes.put(s.id(), known);
          }
          return known;
        }
        return new Node.Struct(s, fields(s));
      }
      if (shape instanceof ListShape l) {
        Node item =
            rules.listItem(l, via, node(model.expectShape(l.member().target()), l.member()));
        return rules.list(l, via, item);
      }
      if (shape instanceof MapShape m) {
        Shape key = model.expectShape(m.key().target());
        return new Node.MapOf(
            m,
            key instanceof ScalarShape k ? k : stringKey(m),
            node(model.expectShape(m.value().target()), m.value()));
      }
      ScalarShape scalar = (ScalarShape) shape;
      return new Node.Leaf(
          scalar, scalar.kind() == ScalarKind.TIMESTAMP ? rules.timestamps() : Optional.empty());
    } finally {
      path.remove(shape.id());
    }
  }

  /**
   * CloudTrail logs a member whose whole value the model marks {@code sensitive} as the string
   * {@code HIDDEN_DUE_TO_SECURITY_REASONS}, not as its structure: SSM SendCommand {@code
   * parameters} (a sensitive map), Cognito InitiateAuth {@code authParameters}. Evidence: the
   * CloudTrail user guide's record contents ("HIDDEN_DUE_TO_SECURITY_REASONS"), the project's
   * cloudtrail-facts (Cognito, SSO, Directory Service samples) and SendCommand records. Sensitive
   * scalars are strings already; only maps, lists and structures change.
   */
  static boolean redacted(Shape shape) {
    if (shape instanceof MapShape m) {
      return m.sensitive();
    }
    if (shape instanceof ListShape l) {
      return l.sensitive();
    }
    return shape instanceof StructureShape s && s.sensitive() && !s.document();
  }

  static ModelLoadException tooDeep(ServiceModel model, ShapeId at) {
    return new ModelLoadException(
        model.name()
            + ": shapes nest deeper than "
            + MAX_DEPTH
            + " levels (at \""
            + at.name()
            + "\"): the model is not usable");
  }

  /** The string CloudTrail logs in place of a sensitive value. */
  static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

  private static final Node.Leaf REDACTED =
      Node.Leaf.of(
          new ScalarShape(
              Synthetic.id("Redacted"),
              ScalarKind.STRING,
              List.of(HIDDEN),
              Constraints.NONE,
              Optional.empty(),
              "Sensitive: CloudTrail logs " + HIDDEN + " in place of the value.",
              true,
              false));

  /** Map keys are strings on the wire whatever the model says. */
  private static ScalarShape stringKey(MapShape m) {
    return new ScalarShape(
        m.key().target(),
        ScalarKind.STRING,
        List.of(),
        Constraints.NONE,
        Optional.empty(),
        "",
        false,
        false);
  }
}
