package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The shapes of a Smithy JSON AST model as the C2J shapes they correspond to. Shape ids become
 * their local names ({@code com.amazonaws.iam#Policy} → {@code Policy}), as in C2J; the prelude's
 * shapes ({@code smithy.api#String}) are added as plain scalars when referred to. A member whose
 * target does not exist is left out and reported, so every reference resolves.
 */
final class SmithyShapes {
  private static final String PRELUDE = "smithy.api#";
  private static final Map<String, String> TIMESTAMP_FORMATS =
      Map.of("date-time", "iso8601", "epoch-seconds", "unixTimestamp", "http-date", "rfc822");

  private final String service;
  private final String source;
  private final JsonNode all;
  private final Set<String> localNames = new HashSet<>();
  private final Map<String, Shape> shapes = new LinkedHashMap<>();
  private final List<LoadProblem> problems = new ArrayList<>();

  SmithyShapes(String service, String source, JsonNode all, String protocol) {
    this.service = service;
    this.source = source;
    this.all = all;
    all.fieldNames().forEachRemaining(id -> localNames.add(local(id)));
    for (Map.Entry<String, JsonNode> e : all.properties()) {
      convert(e.getKey(), e.getValue());
    }
  }

  Map<String, Shape> shapes() {
    return shapes;
  }

  List<LoadProblem> problems() {
    return problems;
  }

  void problem(String message) {
    problems.add(new LoadProblem(source, message));
  }

  static String local(String absoluteId) {
    return absoluteId.substring(absoluteId.indexOf('#') + 1);
  }

  static String doc(JsonNode traits) {
    return C2jParser.text(traits, "smithy.api#documentation").orElse("");
  }

  /** The shape a {@code {"target": ...}} node refers to; empty for {@code smithy.api#Unit}. */
  Optional<ShapeId> ref(JsonNode node, String where) {
    String target = node.path("target").asText("");
    if (target.isEmpty() || target.equals(PRELUDE + "Unit")) {
      return Optional.empty();
    }
    String name = resolve(target);
    if (name == null) {
      problem(where + " refers to missing shape " + target);
      return Optional.empty();
    }
    return Optional.of(new ShapeId(service, name));
  }

  /** The local name of a shape that exists or was added from the prelude, else null. */
  private String resolve(String target) {
    if (!target.startsWith(PRELUDE)) {
      return convertible(all.path(target).path("type").asText("")) ? local(target) : null;
    }
    String simple = local(target);
    String name = localNames.contains(simple) ? "smithy.api." + simple : simple;
    if (!shapes.containsKey(name)) {
      JsonNode node =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
              .objectNode()
              .put("type", simple.replace("Primitive", "").toLowerCase(java.util.Locale.ROOT));
      Shape s = scalar(new ShapeId(service, name), node, node.path("type").asText());
      if (s == null) {
        return null;
      }
      shapes.put(name, s);
    }
    return name;
  }

  private static boolean convertible(String type) {
    return switch (type) {
      case "structure", "union", "list", "set", "map", "enum", "intEnum", "document" -> true;
      default -> ScalarKind.fromC2j(type.toLowerCase(java.util.Locale.ROOT)).isPresent();
    };
  }

  private void convert(String absoluteId, JsonNode node) {
    String type = node.path("type").asText("");
    ShapeId id = new ShapeId(service, local(absoluteId));
    JsonNode traits = node.path("traits");
    Shape s =
        switch (type) {
          case "service", "operation", "resource", "apply" -> null;
          case "structure", "union" -> structure(id, node, type.equals("union"));
          case "list", "set" ->
              new ListShape(
                  id,
                  member("member", node.path("member"), id),
                  constraints(traits),
                  doc(traits),
                  traits.has(PRELUDE + "sensitive"),
                  traits.has(PRELUDE + "xmlFlattened"));
          case "map" ->
              new MapShape(
                  id,
                  member("key", node.path("key"), id),
                  member("value", node.path("value"), id),
                  constraints(traits),
                  doc(traits),
                  traits.has(PRELUDE + "sensitive"),
                  traits.has(PRELUDE + "xmlFlattened"));
          default -> scalar(id, node, type);
        };
    if (s == null && !List.of("service", "operation", "resource", "apply").contains(type)) {
      problem("shape " + absoluteId + " has unknown type \"" + type + "\"; left out");
    }
    if (s != null) {
      shapes.put(id.name(), s);
    }
  }

  private StructureShape structure(ShapeId id, JsonNode node, boolean union) {
    JsonNode traits = node.path("traits");
    List<Member> members = new ArrayList<>();
    Optional<String> payload = Optional.empty();
    for (JsonNode mixin : node.path("mixins")) {
      JsonNode m = all.path(mixin.path("target").asText());
      if (m.isObject()) {
        members.addAll(structure(id, m, union).members());
      }
    }
    for (Map.Entry<String, JsonNode> e : node.path("members").properties()) {
      Member m = member(e.getKey(), e.getValue(), id);
      if (m != null) {
        members.add(m);
      }
      if (e.getValue().path("traits").has(PRELUDE + "httpPayload")) {
        payload = Optional.of(e.getKey());
      }
    }
    return new StructureShape(
        id,
        members,
        doc(traits),
        traits.has(PRELUDE + "sensitive"),
        union,
        false,
        traits.has(PRELUDE + "error"),
        payload);
  }

  private Member member(String name, JsonNode m, ShapeId owner) {
    Optional<ShapeId> target = ref(m, "member " + owner.name() + "." + name);
    if (target.isEmpty()) {
      return null;
    }
    JsonNode t = m.path("traits");
    Location location = Location.BODY;
    Optional<String> locationName =
        C2jParser.text(t, PRELUDE + "jsonName").or(() -> C2jParser.text(t, PRELUDE + "xmlName"));
    if (t.has(PRELUDE + "httpLabel")) {
      location = Location.URI;
      locationName = Optional.of(name);
    } else if (t.has(PRELUDE + "httpQuery")) {
      location = Location.QUERY;
      locationName = C2jParser.text(t, PRELUDE + "httpQuery");
    } else if (t.has(PRELUDE + "httpHeader")) {
      location = Location.HEADER;
      locationName = C2jParser.text(t, PRELUDE + "httpHeader");
    } else if (t.has(PRELUDE + "httpPrefixHeaders")) {
      location = Location.HEADERS;
      locationName = C2jParser.text(t, PRELUDE + "httpPrefixHeaders");
    } else if (t.has(PRELUDE + "httpResponseCode")) {
      location = Location.STATUS_CODE;
    }
    JsonNode targetTraits = all.path(m.path("target").asText()).path("traits");
    return new Member(
        name,
        target.get(),
        t.has(PRELUDE + "required"),
        location,
        locationName,
        C2jParser.text(t, "aws.protocols#ec2QueryName"),
        doc(t),
        t.has(PRELUDE + "deprecated"),
        t.has(PRELUDE + "idempotencyToken"),
        "application/json".equals(targetTraits.path(PRELUDE + "mediaType").asText()),
        t.has(PRELUDE + "xmlAttribute"),
        t.has(PRELUDE + "hostLabel"));
  }

  private Shape scalar(ShapeId id, JsonNode node, String type) {
    JsonNode traits = node.path("traits");
    if (type.equals("document")) {
      return new StructureShape(
          id, List.of(), doc(traits), false, false, true, false, Optional.empty());
    }
    List<String> values = new ArrayList<>();
    Optional<ScalarKind> kind;
    if (type.equals("enum")) {
      kind = Optional.of(ScalarKind.STRING);
      for (Map.Entry<String, JsonNode> e : node.path("members").properties()) {
        values.add(
            C2jParser.text(e.getValue().path("traits"), PRELUDE + "enumValue").orElse(e.getKey()));
      }
    } else if (type.equals("intEnum")) {
      kind = Optional.of(ScalarKind.INTEGER); // C2J states intEnums as plain integers
    } else {
      kind = ScalarKind.fromC2j(type.toLowerCase(java.util.Locale.ROOT));
      traits.path(PRELUDE + "enum").forEach(v -> values.add(v.path("value").asText()));
    }
    if (kind.isEmpty()) {
      return null;
    }
    return new ScalarShape(
        id,
        kind.get(),
        values,
        constraints(traits),
        C2jParser.text(traits, PRELUDE + "timestampFormat").map(f -> TIMESTAMP_FORMATS.get(f)),
        doc(traits),
        traits.has(PRELUDE + "sensitive"),
        traits.has(PRELUDE + "streaming"));
  }

  private static Constraints constraints(JsonNode traits) {
    JsonNode bounds =
        traits.has(PRELUDE + "length")
            ? traits.path(PRELUDE + "length")
            : traits.path(PRELUDE + "range");
    return new Constraints(
        number(bounds, "min"), number(bounds, "max"), C2jParser.text(traits, PRELUDE + "pattern"));
  }

  private static OptionalDouble number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
  }
}
