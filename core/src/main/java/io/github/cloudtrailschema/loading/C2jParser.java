package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import io.github.cloudtrailschema.model.EventType;
import io.github.cloudtrailschema.model.Protocol;

/**
 * Parses a C2J model ({@code *-model.json} / botocore {@code service-2.json}) into a {@link
 * ServiceModel}.
 *
 * <p>It is lenient where real models are odd and strict where the walk would break: a member whose
 * target shape does not exist is dropped and reported, so every reference in the result resolves.
 * In a user's model ({@code --models}) an operation that reaches a broken shape is skipped whole
 * (see {@link OperationCheck}) and reported as a {@link LoadProblem#operation}.
 */
public final class C2jParser {
  private final String source;
  private final List<LoadProblem> problems = new ArrayList<>();
  private String service;
  private boolean usedPlaceholder;

  /** The name of the stand-in for shapes a model refers to but does not define. */
  public static final String MISSING_SHAPE = "__MissingShape";

  private C2jParser(String source) {
    this.source = source;
  }

  /**
   * Reads and checks the JSON of one model file.
   *
   * @param source where the bytes came from, for messages
   * @throws ModelLoadException when the input is not JSON or lacks metadata/operations/shapes
   */
  public static JsonNode readTree(String source, InputStream in) {
    JsonNode root;
    try {
      root = ModelJson.read(source, in.readAllBytes());
    } catch (IOException e) {
      throw new ModelLoadException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ModelLoadException(source + ": not a C2J model (expected a JSON object)");
    }
    for (String required : List.of("metadata", "operations", "shapes")) {
      if (!root.path(required).isObject()) {
        throw new ModelLoadException(source + ": not a C2J model (no \"" + required + "\" object)");
      }
    }
    return root;
  }

  /**
   * Parses one model read by {@link #readTree}, giving the service the catalogue name {@code name}.
   */
  public static LoadResult<ServiceModel> parse(
      String name, String source, JsonNode root, ModelOrigin origin) {
    C2jParser p = new C2jParser(source);
    ServiceModel model = p.build(name, root, origin);
    return new LoadResult<>(model, p.problems);
  }

  /** Convenience: {@link #readTree} then {@link #parse}. */
  public static LoadResult<ServiceModel> parse(
      String name, String source, InputStream in, ModelOrigin origin) {
    return parse(name, source, readTree(source, in), origin);
  }

  /** The model's metadata, named {@code name}, for naming services before parsing them whole. */
  public static ServiceMetadata metadata(String name, JsonNode root) {
    return metadata(name, root.get("metadata"), ModelOrigin.USER_FILE);
  }

  private static ServiceMetadata metadata(String name, JsonNode metadata, ModelOrigin origin) {
    String endpointPrefix = text(metadata, "endpointPrefix").orElse(name);
    return new ServiceMetadata(
        name,
        text(metadata, "apiVersion").orElse(""),
        endpointPrefix,
        text(metadata, "signingName").orElse(endpointPrefix),
        text(metadata, "serviceId").orElse(text(metadata, "serviceAbbreviation").orElse(name)),
        text(metadata, "serviceFullName").orElse(name),
        text(metadata, "serviceAbbreviation"),
        Protocol.of(text(metadata, "protocol").orElse("json")),
        text(metadata, "targetPrefix"),
        text(metadata, "globalEndpoint"),
        text(metadata, "cloudTrailEventSource"),
        origin);
  }

  private ServiceModel build(String name, JsonNode root, ModelOrigin origin) {
    this.service = name;
    ServiceMetadata meta = metadata(name, root.get("metadata"), origin);
    JsonNode shapesNode = root.get("shapes");
    Set<String> names = new HashSet<>();
    shapesNode.fieldNames().forEachRemaining(names::add);

    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : shapesNode.properties()) {
      shape(e.getKey(), e.getValue(), names).ifPresent(s -> shapes.put(e.getKey(), s));
    }
    // A shape of unknown type was left out: references to it are dangling now, so re-check.
    names.retainAll(shapes.keySet());
    shapes.replaceAll((k, s) -> dropDangling(s, names));
    if (usedPlaceholder) {
      shapes.put(
          MISSING_SHAPE,
          new ScalarShape(
              new ShapeId(name, MISSING_SHAPE),
              ScalarKind.STRING,
              List.of(),
              Constraints.NONE,
              Optional.empty(),
              "A shape the model refers to but does not define.",
              false,
              false));
    }

    Map<String, Operation> operations = new LinkedHashMap<>();
    boolean userModel = origin == ModelOrigin.USER_FILE || origin == ModelOrigin.BOTOCORE;
    for (Map.Entry<String, JsonNode> e : root.get("operations").properties()) {
      Optional<String> broken =
          userModel ? OperationCheck.broken(e.getValue(), shapesNode) : Optional.empty();
      if (broken.isPresent()) {
        problems.add(LoadProblem.operation(source, name, e.getKey(), broken.get()));
      } else {
        operations.put(e.getKey(), operation(e.getKey(), e.getValue(), names));
      }
    }
    return new ServiceModel(meta, text(root, "documentation").orElse(""), operations, shapes);
  }

  private Operation operation(String name, JsonNode op, Set<String> names) {
    JsonNode http = op.path("http");
    return new Operation(
        text(op, "name").orElse(name),
        ref(op.path("input"), names, "operation " + name + " input"),
        ref(op.path("output"), names, "operation " + name + " output"),
        text(op, "documentation").orElse(""),
        text(http, "method").orElse("POST"),
        text(http, "requestUri").orElse("/"),
        op.path("deprecated").asBoolean(false),
        text(op.path("output"), "resultWrapper"),
        // Curated non-API event files carry these CloudTrail keys; AWS models never do.
        eventType(op),
        ref(op.path("additionalEventData"), names, "operation " + name + " additionalEventData"),
        ref(op.path("serviceEventDetails"), names, "operation " + name + " serviceEventDetails"));
  }

  /** A curated event's {@code eventType}, checked against the types CloudTrail writes. */
  private EventType eventType(JsonNode op) {
    Optional<String> named = text(op, "eventType");
    if (named.isEmpty()) {
      return EventType.AWS_API_CALL;
    }
    return EventType.of(named.get())
        .orElseThrow(
            () ->
                new ModelLoadException(
                    source + ": unknown eventType \"" + named.get() + "\" (not one CloudTrail writes)"));
  }

  private Optional<ShapeId> ref(JsonNode node, Set<String> names, String where) {
    Optional<String> target = text(node, "shape");
    if (target.isEmpty()) {
      return Optional.empty();
    }
    if (!names.contains(target.get())) {
      problem(where + " refers to missing shape " + target.get());
      return Optional.empty();
    }
    return Optional.of(new ShapeId(service, target.get()));
  }

  private Optional<Shape> shape(String name, JsonNode node, Set<String> names) {
    ShapeId id = new ShapeId(service, name);
    String type = text(node, "type").orElse("");
    String doc = text(node, "documentation").orElse("");
    boolean sensitive = node.path("sensitive").asBoolean(false);
    Constraints constraints = constraints(node);
    switch (type) {
      case "structure" -> {
        Set<String> required = new HashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.path("members").properties()) {
          members.add(member(e.getKey(), e.getValue(), required.contains(e.getKey())));
        }
        return Optional.of(
            new StructureShape(
                id,
                members,
                doc,
                sensitive,
                node.path("union").asBoolean(false),
                node.path("document").asBoolean(false),
                node.path("exception").asBoolean(false) || node.path("error").isObject(),
                text(node, "payload")));
      }
      case "list" -> {
        return Optional.of(
            new ListShape(
                id,
                member("member", node.path("member"), false),
                constraints,
                doc,
                sensitive,
                node.path("flattened").asBoolean(false)));
      }
      case "map" -> {
        return Optional.of(
            new MapShape(
                id,
                member("key", node.path("key"), false),
                member("value", node.path("value"), false),
                constraints,
                doc,
                sensitive,
                node.path("flattened").asBoolean(false)));
      }
      default -> {
        Optional<ScalarKind> kind = ScalarKind.fromC2j(type);
        if (kind.isEmpty()) {
          problem("shape " + name + " has unknown type \"" + type + "\"; left out");
          return Optional.empty();
        }
        List<String> enums = new ArrayList<>();
        node.path("enum").forEach(v -> enums.add(v.asText()));
        return Optional.of(
            new ScalarShape(
                id,
                kind.get(),
                enums,
                constraints,
                text(node, "timestampFormat"),
                doc,
                sensitive,
                node.path("streaming").asBoolean(false)));
      }
    }
  }

  private Member member(String name, JsonNode m, boolean required) {
    return new Member(
        name,
        new ShapeId(service, text(m, "shape").orElse("")),
        required,
        Location.fromC2j(text(m, "location").orElse(null)),
        text(m, "locationName"),
        text(m, "queryName"),
        text(m, "documentation").orElse(""),
        m.path("deprecated").asBoolean(false),
        m.path("idempotencyToken").asBoolean(false),
        m.path("jsonvalue").asBoolean(false),
        m.path("xmlAttribute").asBoolean(false),
        m.path("hostLabel").asBoolean(false));
  }

  private Shape dropDangling(Shape s, Set<String> names) {
    if (s instanceof StructureShape st) {
      List<Member> kept = new ArrayList<>();
      for (Member m : st.members()) {
        if (names.contains(m.target().name())) {
          kept.add(m);
        } else {
          problem(
              "member "
                  + st.id().name()
                  + "."
                  + m.name()
                  + " refers to missing shape \""
                  + m.target().name()
                  + "\"; left out");
        }
      }
      return kept.size() == st.members().size()
          ? st
          : new StructureShape(
              st.id(),
              kept,
              st.documentation(),
              st.sensitive(),
              st.union(),
              st.document(),
              st.exception(),
              st.payload());
    }
    if (s instanceof ListShape l && !names.contains(l.member().target().name())) {
      problem(
          "list " + l.id().name() + " has a missing member shape; treated as a list of strings");
      return new ListShape(
          l.id(),
          Member.of("member", placeholder()),
          l.constraints(),
          l.documentation(),
          l.sensitive(),
          l.flattened());
    }
    if (s instanceof MapShape m
        && (!names.contains(m.key().target().name())
            || !names.contains(m.value().target().name()))) {
      problem(
          "map " + m.id().name() + " has a missing key or value shape; left as string to string");
      return new MapShape(
          m.id(),
          Member.of("key", placeholder()),
          Member.of("value", placeholder()),
          m.constraints(),
          m.documentation(),
          m.sensitive(),
          m.flattened());
    }
    return s;
  }

  /**
   * A string shape standing in for a missing list element or map key/value, so that every reference
   * in the result resolves; {@link #build} adds it to the model when it was used.
   */
  private ShapeId placeholder() {
    usedPlaceholder = true;
    return new ShapeId(service, MISSING_SHAPE);
  }

  private void problem(String message) {
    problems.add(new LoadProblem(source, message));
  }

  private static Constraints constraints(JsonNode node) {
    return new Constraints(number(node, "min"), number(node, "max"), text(node, "pattern"));
  }

  private static OptionalDouble number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
  }
}
