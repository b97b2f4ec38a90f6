package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.EventType;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.Protocol;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.github.cloudtrailschema.testing.Checkout;
import io.github.cloudtrailschema.testing.TestCorpus;

/**
 * The curated models under {@code src/main/resources/curated/}: CloudTrail events that are not API
 * calls ({@code events/*-model.json}) and the record envelope ({@code envelope-model.json}).
 */
class CuratedModelsTest {
  private static final Path CURATED = Checkout.file("core/src/main/resources/curated");
  private static final Path EVENTS = CURATED.resolve("events");
  private static final Path ENVELOPE = CURATED.resolve("envelope-model.json");

  /**
   * The curated event models cover more than this many of the corpus's records that are not API
   * calls: more than 10 of the full corpus's, all 4 of the committed subset's ({@link TestCorpus}).
   */
  private static final int NON_API_COVERED_FLOOR = TestCorpus.full() ? 10 : 3;

  /**
   * Events that are not operations of any API model but that CloudTrail nevertheless logs with
   * {@code eventType: AwsApiCall}, each documented so in its model (CodeCommit's Git protocol
   * events; the sign-in federation endpoint's GetSigninToken as seen in a real record; the SSM
   * Agent's private calls and Session Manager's message-gateway channels, which have no public
   * model).
   */
  private static final Set<String> LOGGED_AS_API_CALL =
      Set.of(
          "codecommit.amazonaws.com GitPull",
          "codecommit.amazonaws.com GitPush",
          "signin.amazonaws.com GetSigninToken",
          "ssm.amazonaws.com UpdateInstanceInformation",
          "ssm.amazonaws.com UpdateInstanceAssociationStatus",
          "ssm.amazonaws.com ListInstanceAssociations",
          "ssmmessages.amazonaws.com CreateControlChannel",
          "ssmmessages.amazonaws.com OpenControlChannel",
          "ssmmessages.amazonaws.com CreateDataChannel",
          "ssmmessages.amazonaws.com OpenDataChannel");

  private static final List<String> ENVELOPE_FIELDS =
      List.of(
          "eventVersion",
          "userIdentity",
          "eventTime",
          "eventSource",
          "eventName",
          "awsRegion",
          "sourceIPAddress",
          "userAgent",
          "errorCode",
          "errorMessage",
          "requestParameters",
          "responseElements",
          "additionalEventData",
          "requestID",
          "eventID",
          "readOnly",
          "resources",
          "eventType",
          "apiVersion",
          "managementEvent",
          "recipientAccountId",
          "serviceEventDetails",
          "sharedEventID",
          "vpcEndpointId",
          "vpcEndpointAccountId",
          "eventCategory",
          "addendum",
          "sessionCredentialFromConsole",
          "edgeDeviceDetails",
          "tlsDetails",
          "eventContext",
          "insightDetails");

  private static final List<String> PAYLOADS =
      List.of(
          "requestParameters", "responseElements", "additionalEventData", "serviceEventDetails");

  private static Map<Path, LoadResult<ServiceModel>> models;

  @BeforeAll
  static void load() throws IOException {
    models = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(CURATED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          String name = f.getFileName().toString().replace("-model.json", "");
          models.put(f, C2jParser.parse(name, f.toString(), in, ModelOrigin.CURATED));
        }
      }
    }
  }

  private static Map<Path, ServiceModel> eventModels() {
    Map<Path, ServiceModel> out = new LinkedHashMap<>();
    models.forEach(
        (p, r) -> {
          if (p.startsWith(EVENTS)) {
            out.put(p, r.value());
          }
        });
    return out;
  }

  private static ServiceModel envelope() {
    return models.get(ENVELOPE).value();
  }

  @Test
  void everyFileParsesCleanlyWithTheCloudTrailProtocol() {
    assertThat(models).containsKey(ENVELOPE);
    assertThat(eventModels()).hasSizeGreaterThanOrEqualTo(5);
    models.forEach(
        (path, result) -> {
          assertThat(result.problems()).as("load problems in %s", path).isEmpty();
          assertThat(result.value().metadata().protocol())
              .as("%s protocol", path)
              .isEqualTo(Protocol.CLOUDTRAIL);
        });
  }

  @Test
  void eventFilesNameTheirRealEventSourceAndUniqueEndpointPrefixes() {
    Map<String, Path> prefixes = new HashMap<>();
    models.forEach(
        (path, result) -> {
          String prefix = result.value().metadata().endpointPrefix();
          assertThat(prefixes.put(prefix, path))
              .as("endpointPrefix %s used twice", prefix)
              .isNull();
        });
    eventModels()
        .forEach(
            (path, m) -> {
              assertThat(m.metadata().cloudTrailEventSource())
                  .as("%s cloudTrailEventSource", path)
                  .hasValueSatisfying(s -> assertThat(s).endsWith(".amazonaws.com"));
              assertThat(m.operations()).as("%s operations", path).isNotEmpty();
            });
  }

  @Test
  void everyEventHasANonApiEventTypeAndEvidence() {
    int events = 0;
    for (ServiceModel m : eventModels().values()) {
      String source = m.metadata().cloudTrailEventSource().orElseThrow();
      for (Map.Entry<String, Operation> e : m.operations().entrySet()) {
        Operation op = e.getValue();
        events++;
        assertThat(op.name()).as("operation key").isEqualTo(e.getKey());
        String id = source + " " + op.name();
        if (LOGGED_AS_API_CALL.contains(id)) {
          assertThat(op.eventType()).as(id).isEqualTo(EventType.AWS_API_CALL);
        } else {
          // Parsed as one of the types CloudTrail writes (an unknown one fails the load).
          assertThat(op.eventType()).as("%s eventType", id).isNotEqualTo(EventType.AWS_API_CALL);
        }
        assertThat(op.documentation())
            .as("%s documentation names its evidence", id)
            .isNotBlank()
            .containsAnyOf("http", "corpus");
      }
    }
    assertThat(events).isGreaterThanOrEqualTo(30);
  }

  @Test
  void envelopeDescribesEveryTopLevelField() {
    ServiceModel env = envelope();
    assertThat(env.metadata().endpointPrefix()).isEqualTo("cloudtrail-record");
    assertThat(env.operations()).isEmpty();
    StructureShape record = structure(env, "CloudTrailRecord");
    assertThat(record.members()).extracting(Member::name).containsAll(ENVELOPE_FIELDS);
    for (Member member : record.members()) {
      assertThat(member.documentation()).as(member.name()).contains("Since eventVersion");
    }
    assertThat(record.members().stream().filter(Member::required).map(Member::name))
        .contains("eventVersion", "eventTime", "eventSource", "eventName", "eventID", "eventType")
        .doesNotContain("errorCode", "additionalEventData", "tlsDetails");

    StructureShape payload = structure(env, "EventPayload");
    assertThat(payload.document()).isTrue();
    for (String name : PAYLOADS) {
      assertThat(record.member(name).orElseThrow().target().name())
          .as(name)
          .isEqualTo("EventPayload");
    }

    StructureShape identity =
        structure(env, record.member("userIdentity").orElseThrow().target().name());
    assertThat(identity.members())
        .extracting(Member::name)
        .contains(
            "type",
            "principalId",
            "arn",
            "accountId",
            "accessKeyId",
            "userName",
            "invokedBy",
            "sessionContext",
            "onBehalfOf",
            "credentialId",
            "identityProvider",
            "inScopeOf");
    StructureShape session =
        structure(env, identity.member("sessionContext").orElseThrow().target().name());
    assertThat(session.members())
        .extracting(Member::name)
        .contains(
            "sessionIssuer",
            "webIdFederationData",
            "attributes",
            "sourceIdentity",
            "ec2RoleDelivery",
            "assumedRoot");
    StructureShape tls = structure(env, record.member("tlsDetails").orElseThrow().target().name());
    assertThat(tls.members())
        .extracting(Member::name)
        .containsExactlyInAnyOrder(
            "tlsVersion", "cipherSuite", "clientProvidedHostHeader", "keyExchange");
    StructureShape addendum =
        structure(env, record.member("addendum").orElseThrow().target().name());
    assertThat(addendum.members())
        .extracting(Member::name)
        .containsExactlyInAnyOrder(
            "reason", "updatedFields", "originalRequestID", "originalEventID");
  }

  @Test
  void corpusRecordsUseOnlyEnvelopeFields() {
    List<JsonNode> corpus = corpus();
    Set<String> members =
        structure(envelope(), "CloudTrailRecord").members().stream()
            .map(Member::name)
            .collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>();
    for (JsonNode record : corpus) {
      record
          .fieldNames()
          .forEachRemaining(
              k -> {
                if (!k.equals("_source") && !k.startsWith("p_") && !members.contains(k)) {
                  unknown.add(k);
                }
              });
    }
    assertThat(unknown).as("top-level corpus keys missing from CloudTrailRecord").isEmpty();
  }

  @Test
  void corpusNonApiEventsUseOnlyDeclaredPayloadKeys() {
    List<JsonNode> corpus = corpus();
    Map<String, ServiceModel> bySource = new HashMap<>();
    eventModels()
        .values()
        .forEach(m -> bySource.put(m.metadata().cloudTrailEventSource().orElseThrow(), m));
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JsonNode record : corpus) {
      String type = record.path("eventType").asText("");
      if (type.isEmpty() || type.equals(EventType.AWS_API_CALL.toString())) {
        continue;
      }
      ServiceModel m = bySource.get(record.path("eventSource").asText());
      Optional<Operation> op =
          m == null ? Optional.empty() : m.operation(record.path("eventName").asText());
      if (op.isEmpty()) {
        continue;
      }
      checked++;
      String id = record.path("eventSource").asText() + " " + op.get().name();
      for (String payload : PAYLOADS) {
        JsonNode value = record.get(payload);
        if (value == null || !value.isObject() || value.isEmpty()) {
          continue;
        }
        Optional<ShapeId> target = payloadShape(op.get(), payload);
        if (target.isEmpty()) {
          missing.add(id + " " + payload + " (no shape)");
          continue;
        }
        Shape shape = m.expectShape(target.get());
        if (shape instanceof MapShape) {
          continue;
        }
        StructureShape st = (StructureShape) shape;
        if (st.document()) {
          continue;
        }
        for (Iterator<String> keys = value.fieldNames(); keys.hasNext(); ) {
          String key = keys.next();
          if (st.member(key).isEmpty()) {
            missing.add(id + " " + payload + "." + key);
          }
        }
      }
    }
    assertThat(checked)
        .as("corpus non-API records covered by curated events")
        .isGreaterThan(NON_API_COVERED_FLOOR);
    assertThat(missing).as("corpus payload keys not declared").isEmpty();
  }

  private static Optional<ShapeId> payloadShape(Operation op, String payload) {
    return switch (payload) {
      case "requestParameters" -> op.input();
      case "responseElements" -> op.output();
      case "additionalEventData" -> op.additionalEventData();
      default -> op.serviceEventDetails();
    };
  }

  private static StructureShape structure(ServiceModel m, String name) {
    Shape s =
        m.shape(new ShapeId(m.name(), name))
            .orElseThrow(() -> new AssertionError("no shape " + name));
    assertThat(s).as(name).isInstanceOf(StructureShape.class);
    return (StructureShape) s;
  }

  private static List<JsonNode> corpus() {
    return TestCorpus.records();
  }
}
