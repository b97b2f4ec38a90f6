package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.Ec2Naming;
import io.github.cloudtrailschema.trail.Ec2RequestElements;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EC2 (protocol {@code ec2}) writes two styles, and {@link Ec2Naming#isWrapped} tells which.
 *
 * <p>Classic operations log their old SOAP/XML types: response members under the model's {@code
 * locationName} ({@code instancesSet}), every list as {@code {"items": [...]}}, a {@code
 * requestId}, and {@code _return} for calls that return only success; request lists as {@code
 * xxxSet.items[]} whose scalar elements are objects ({@code {"instanceId": "i-1"}}).
 *
 * <p>Newer operations log the query request and XML response wrapped in their element names: {@code
 * {"CreateNatGatewayRequest": {...}}} with PascalCase members, list elements carrying a {@code tag}
 * index and scalars as {@code {"tag": 1, "content": v}}, and {@code {"CreateNatGatewayResponse":
 * {"xmlns", "requestId", ...}}} with sets as {@code item}. XML gives no arrays of one: a single
 * element is logged as the object itself.
 */
public final class Ec2Shaper implements EventShaper {
  private final ServiceModel model;

  public Ec2Shaper(ServiceModel model) {
    this.model = model;
  }

  @Override
  public WalkRules rules(Operation op, RecordPart d) {
    boolean wrapped = Ec2Naming.isWrapped(model, op);
    if (d == RecordPart.INPUT) {
      return wrapped ? new WrappedRequest() : new ClassicRequest(op.name(), topLevel(op));
    }
    return new Response(wrapped ? "item" : "items", wrapped);
  }

  @Override
  public EventStructure shape(Operation op, RecordPart d) {
    if (d != RecordPart.INPUT && d != RecordPart.OUTPUT) {
      return new EventStructure(model, op, d, Optional.empty());
    }
    boolean wrapped = Ec2Naming.isWrapped(model, op);
    ShapeWalker walker = new ShapeWalker(model, rules(op, d));
    Optional<ShapeId> root = d == RecordPart.INPUT ? op.input() : op.output();
    List<Field> fields = new ArrayList<>();
    if (root.isPresent() && model.expectShape(root.get()) instanceof StructureShape s) {
      fields.addAll(walker.fields(s));
      if (d == RecordPart.INPUT && !wrapped) {
        fields = mergeSets(classicGroupings(op, fields)); // nested structures merge in adjust()
      }
    }
    if (d == RecordPart.OUTPUT) {
      fields.add(0, Synthetic.field("requestId", ScalarKind.STRING, "The EC2 request id."));
      if (root.isEmpty()
          || (!wrapped && Ec2RequestElements.table().returnsBesides(op.name()))) {
        fields.add(Synthetic.field("_return", ScalarKind.BOOLEAN, "Whether the call succeeded."));
      }
      if (wrapped) {
        fields.add(0, Synthetic.field("xmlns", ScalarKind.STRING, "The EC2 XML namespace."));
      }
    } else if (fields.isEmpty()) {
      return new EventStructure(model, op, d, Optional.empty());
    }
    Node.Struct body =
        Synthetic.struct(op.name() + (d == RecordPart.INPUT ? "Request" : "Response"), fields);
    if (wrapped) {
      String key = op.name() + (d == RecordPart.INPUT ? "Request" : "Response");
      body =
          Synthetic.struct(
              key + "Wrapper", List.of(Synthetic.field(key, body, "The " + key + " element.")));
    }
    return new EventStructure(model, op, d, Optional.of(body));
  }

  private List<Member> topLevel(Operation op) {
    return op.input()
        .map(model::expectShape)
        .filter(StructureShape.class::isInstance)
        .map(s -> ((StructureShape) s).members())
        .orElse(List.of());
  }

  /** RunInstances' classic XML layout: see {@link Ec2Naming#CLASSIC_INSTANCES_SET}. */
  private List<Field> classicGroupings(Operation op, List<Field> fields) {
    List<String> grouped = Ec2Naming.CLASSIC_INSTANCES_SET.getOrDefault(op.name(), List.of());
    String flattened = Ec2Naming.CLASSIC_FLATTENED.get(op.name());
    if (grouped.isEmpty() && flattened == null) {
      return fields;
    }
    List<Field> out = new ArrayList<>();
    List<Field> instance = new ArrayList<>();
    for (Field f : fields) {
      if (grouped.contains(f.member().name())) {
        instance.add(f);
      } else if (f.member().name().equals(flattened) && f.value() instanceof Node.Struct s) {
        out.addAll(s.fields());
      } else {
        out.add(f);
      }
    }
    if (!instance.isEmpty()) {
      Node.Struct item = Synthetic.struct(op.name() + ".instance", instance);
      Node.ListOf set =
          new Node.ListOf(
              Synthetic.list(op.name() + ".instancesSet"), Optional.of("items"), item, false);
      out.add(
          0,
          Synthetic.field(
              "instancesSet", set, "The instances to launch: image, counts, key pair."));
    }
    return out;
  }

  /**
   * Two members of one classic XML set ({@code SecurityGroupIds} and {@code SecurityGroups} are
   * both {@code groupSet}, items with {@code groupId} or {@code groupName}) become one field.
   */
  private static List<Field> mergeSets(List<Field> fields) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    List<Field> out = new ArrayList<>();
    for (Field f : fields) {
      Integer at = seen.get(f.name());
      if (at == null) {
        seen.put(f.name(), out.size());
        out.add(f);
        continue;
      }
      Field first = out.get(at);
      if (first.value() instanceof Node.ListOf a
          && f.value() instanceof Node.ListOf b
          && a.item() instanceof Node.Struct ia
          && b.item() instanceof Node.Struct ib) {
        List<Field> items = new ArrayList<>(ia.fields());
        items.addAll(ib.fields());
        Node.ListOf merged =
            new Node.ListOf(
                a.shape(), a.wrapper(), new Node.Struct(ia.shape(), items), a.singleAsObject());
        out.set(at, new Field(first.name(), first.alternatives(), first.member(), merged));
      }
    }
    return out;
  }

  /**
   * Responses: {@code locationName} keys; lists wrapped in {@code items} (classic) or {@code item}.
   */
  private final class Response implements WalkRules {
    private final String wrapper;
    private final boolean singleAsObject;

    Response(String wrapper, boolean singleAsObject) {
      this.wrapper = wrapper;
      this.singleAsObject = singleAsObject;
    }

    @Override
    public List<String> keys(StructureShape owner, Member m) {
      return Ec2Naming.responseNames(m);
    }

    @Override
    public Node list(ListShape shape, Member via, Node item) {
      return new Node.ListOf(shape, Optional.of(wrapper), item, singleAsObject);
    }

    @Override
    public Optional<TimestampStyle> timestamps() {
      return Optional.of(singleAsObject ? TimestampStyle.ISO_8601 : TimestampStyle.EPOCH_MILLIS);
    }
  }

  /**
   * Classic requests: top-level lists as {@code xxxSet.items[]}, scalar elements as one-key
   * objects. Lists of structures nested in an element go by their wire name without {@code Set}
   * ({@code ipPermissions.items[].ipRanges.items[]}); nested scalar lists keep the set form ({@code
   * filterSet.items[].valueSet.items[].value}). Where EC2's XML schema ({@link Ec2RequestElements})
   * has the operation's element, its name is the one shown ({@code ipPermissions}, {@code
   * routeTableIdSet}, {@code icmpTypeCode}) and its item key names scalar elements. Tag
   * specifications, added after the XML types, log their tags as a plain array: {@code
   * tagSpecificationSet.items[].tags[]}.
   */
  private final class ClassicRequest implements WalkRules {
    private final String operation;
    private final List<Member> topLevel;

    ClassicRequest(String operation, List<Member> topLevel) {
      this.operation = operation;
      this.topLevel = topLevel;
    }

    private boolean plain(Member m, ListShape l) {
      return !topLevel.contains(m)
          && model.expectShape(l.member().target()) instanceof StructureShape;
    }

    /**
     * The tags of a tag specification, a nested list the XML types never had: no lower-case wire
     * name, and no such set in the schema for the operation. Records show them as a plain {@code
     * tags} array; other such lists (RunInstances' {@code Ipv4Prefixes}) have no record yet, so
     * they keep the set form rather than a guess.
     */
    private boolean modern(Member m, ListShape l) {
      return m != null
          && m.name().equals("Tags")
          && plain(m, l)
          && m.locationName()
              .filter(n -> !n.isEmpty() && Character.isLowerCase(n.charAt(0)))
              .isEmpty()
          && Ec2RequestElements.table().pick(operation, Ec2Naming.requestNames(m), true).isEmpty();
    }

    @Override
    public List<String> keys(StructureShape owner, Member m) {
      Shape target = model.expectShape(m.target());
      if (target instanceof ListShape l) {
        if (modern(m, l)) {
          return Ec2Naming.modernListNames(m);
        }
        List<String> names =
            plain(m, l) ? Ec2Naming.requestNames(m) : Ec2Naming.requestListNames(m, l);
        return schemaFirst(names, true);
      }
      List<String> names = Ec2Naming.requestNames(m);
      if (topLevel.contains(m)) {
        names =
            Ec2Naming.classicRenamed(operation, m)
                .map(n -> Ec2Naming.first(n, Ec2Naming.requestNames(m)))
                .orElse(names);
      }
      return target instanceof StructureShape ? schemaFirst(names, false) : names;
    }

    private List<String> schemaFirst(List<String> names, boolean set) {
      return Ec2RequestElements.table()
          .pick(operation, names, set)
          .map(e -> Ec2Naming.first(e.name(), names))
          .orElse(names);
    }

    @Override
    public Node list(ListShape shape, Member via, Node item) {
      if (modern(via, shape)) {
        return new Node.ListOf(shape, Optional.empty(), item, false);
      }
      return new Node.ListOf(shape, Optional.of("items"), item, false);
    }

    @Override
    public List<Field> adjust(StructureShape shape, List<Field> fields) {
      return mergeSets(fields);
    }

    @Override
    public Node listItem(ListShape shape, Member via, Node item) {
      if (item instanceof Node.Leaf || item instanceof Node.Any) {
        String key =
            via == null
                ? Ec2Naming.elementName(via, shape)
                : Ec2RequestElements.table()
                    .pick(operation, Ec2Naming.requestListNames(via, shape), true)
                    .flatMap(Ec2RequestElements.Element::itemKey)
                    .orElseGet(() -> Ec2Naming.elementName(via, shape));
        return Synthetic.struct(
            shape.id().name() + ".item", List.of(Field.of(key, shape.member(), item)));
      }
      return item;
    }

    @Override
    public Optional<TimestampStyle> timestamps() {
      return Optional.of(TimestampStyle.ISO_8601);
    }
  }

  /** Wrapped requests: query wire names, elements indexed by {@code tag}. */
  private final class WrappedRequest implements WalkRules {
    @Override
    public List<String> keys(StructureShape owner, Member m) {
      // EC2's query names: queryName, else the locationName capitalised, else the member name
      // ({@code TagSpecification.N.ResourceType}, {@code Tag.N.Key}), as the request was sent.
      if (m.queryName().isPresent()) {
        return List.of(m.queryName().get());
      }
      if (m.locationName().isPresent() && !m.locationName().get().isEmpty()) {
        String l = m.locationName().get();
        return List.of(Character.toUpperCase(l.charAt(0)) + l.substring(1));
      }
      return List.of(m.name());
    }

    @Override
    public Node list(ListShape shape, Member via, Node item) {
      return new Node.ListOf(shape, Optional.empty(), item, true);
    }

    @Override
    public Node listItem(ListShape shape, Member via, Node item) {
      Field tag = Synthetic.field("tag", ScalarKind.INTEGER, "The element's 1-based position.");
      if (item instanceof Node.Struct s) {
        List<Field> fields = new ArrayList<>(s.fields());
        fields.add(tag);
        return new Node.Struct(s.shape(), fields);
      }
      if (item instanceof Node.Leaf || item instanceof Node.Any) {
        return Synthetic.struct(
            shape.id().name() + ".item", List.of(tag, Field.of("content", shape.member(), item)));
      }
      return item;
    }

    @Override
    public Optional<TimestampStyle> timestamps() {
      return Optional.of(TimestampStyle.ISO_8601);
    }
  }
}
