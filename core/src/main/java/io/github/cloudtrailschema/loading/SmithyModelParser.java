package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.cloudtrailschema.model.Protocol;

/**
 * Parses one Smithy JSON AST model (an AWS service and its shapes) into a {@link ServiceModel}: the
 * service shape's {@code aws.api#service}, {@code aws.auth#sigv4} and {@code aws.protocols#…}
 * traits become the metadata a C2J model states, its operations (bound directly or through
 * resources) the operations, and {@link SmithyShapes} the shapes.
 */
final class SmithyModelParser {
  private SmithyModelParser() {}

  private static final Map<String, String> PROTOCOLS =
      Map.of(
          "aws.protocols#awsJson1_0", "json",
          "aws.protocols#awsJson1_1", "json",
          "aws.protocols#restJson1", "rest-json",
          "aws.protocols#restXml", "rest-xml",
          "aws.protocols#awsQuery", "query",
          "aws.protocols#ec2Query", "ec2",
          "smithy.protocols#rpcv2Cbor", "smithy-rpc-v2-cbor");

  static LoadResult<ServiceModel> parse(String name, String source, JsonNode root) {
    if (root == null || !root.isObject() || !root.path("smithy").isTextual()) {
      throw new ModelLoadException(
          source + ": not a Smithy JSON AST model (no \"smithy\" version)");
    }
    JsonNode shapes = root.path("shapes");
    String serviceId = null;
    for (Map.Entry<String, JsonNode> e : shapes.properties()) {
      if ("service".equals(e.getValue().path("type").asText())
          && (serviceId == null || e.getValue().path("traits").has("aws.api#service"))) {
        serviceId = e.getKey();
      }
    }
    if (serviceId == null) {
      throw new ModelLoadException(
          source + ": a Smithy model of another kind: it defines no service shape");
    }
    JsonNode service = shapes.get(serviceId);
    ServiceMetadata meta = metadata(name, serviceId, service.path("traits"), service);
    SmithyShapes converter = new SmithyShapes(name, source, shapes, meta.protocol().toString());
    Map<String, Operation> operations = new LinkedHashMap<>();
    for (String opId : operationIds(shapes, service)) {
      JsonNode op = shapes.get(opId);
      if (op == null || !"operation".equals(op.path("type").asText())) {
        converter.problem("operation " + opId + " is not defined; left out");
        continue;
      }
      Operation o = operation(SmithyShapes.local(opId), op, converter, meta.protocol().toString());
      operations.put(o.name(), o);
    }
    ServiceModel model =
        new ServiceModel(
            meta, SmithyShapes.doc(service.path("traits")), operations, converter.shapes());
    return new LoadResult<>(model, converter.problems());
  }

  private static ServiceMetadata metadata(
      String name, String serviceId, JsonNode traits, JsonNode service) {
    JsonNode aws = traits.path("aws.api#service");
    String protocol = "json";
    for (Map.Entry<String, String> p : PROTOCOLS.entrySet()) {
      if (traits.has(p.getKey())) {
        protocol = p.getValue();
      }
    }
    String sdkId = C2jParser.text(aws, "sdkId").orElse(name);
    String endpointPrefix = C2jParser.text(aws, "endpointPrefix").orElse(name);
    Optional<String> targetPrefix =
        protocol.equals("json") ? Optional.of(SmithyShapes.local(serviceId)) : Optional.empty();
    return new ServiceMetadata(
        name,
        C2jParser.text(service, "version").orElse(""),
        endpointPrefix,
        C2jParser.text(traits.path("aws.auth#sigv4"), "name").orElse(endpointPrefix),
        sdkId,
        C2jParser.text(traits, "smithy.api#title").orElse(sdkId),
        Optional.empty(),
        Protocol.of(protocol),
        targetPrefix,
        Optional.empty(),
        C2jParser.text(aws, "cloudTrailEventSource"),
        ModelOrigin.SMITHY);
  }

  /** The operations bound to the service, directly or through its resources, in model order. */
  private static Set<String> operationIds(JsonNode shapes, JsonNode service) {
    Set<String> ops = new LinkedHashSet<>();
    service.path("operations").forEach(t -> ops.add(t.path("target").asText()));
    List<JsonNode> pending = new ArrayList<>();
    service.path("resources").forEach(pending::add);
    Set<String> seen = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      String id = pending.remove(0).path("target").asText();
      JsonNode r = shapes.path(id);
      if (!seen.add(id) || !r.isObject()) {
        continue;
      }
      for (String k : List.of("create", "put", "read", "update", "delete", "list")) {
        if (r.has(k)) {
          ops.add(r.path(k).path("target").asText());
        }
      }
      r.path("operations").forEach(t -> ops.add(t.path("target").asText()));
      r.path("collectionOperations").forEach(t -> ops.add(t.path("target").asText()));
      r.path("resources").forEach(pending::add);
    }
    return ops;
  }

  private static Operation operation(
      String name, JsonNode op, SmithyShapes converter, String protocol) {
    JsonNode traits = op.path("traits");
    Optional<ShapeId> output = converter.ref(op.path("output"), "operation " + name + " output");
    return Operation.apiCall(
        name,
        converter.ref(op.path("input"), "operation " + name + " input"),
        output,
        SmithyShapes.doc(traits),
        C2jParser.text(traits.path("smithy.api#http"), "method").orElse("POST"),
        C2jParser.text(traits.path("smithy.api#http"), "uri").orElse("/"),
        traits.has("smithy.api#deprecated"),
        // The query protocol wraps every response in <OperationNameResult>; C2J states it.
        protocol.equals("query") && output.isPresent()
            ? Optional.of(name + "Result")
            : Optional.empty());
  }
}
