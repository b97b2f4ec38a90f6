package io.github.cloudtrailschema.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.loading.ModelCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records under {@code src/test/resources/records/} (hand-written after the structure real
 * records show) are recognised and every leaf is explained.
 */
class HandWrittenRecordsTest {
  private static final RecordChecker CHECKER = new RecordChecker(ModelCatalog.embedded());

  @ParameterizedTest
  @ValueSource(strings = {"ec2-classic.json", "s3-lambda.json", "signin.json"})
  void everyFieldIsExplained(String file) throws IOException {
    JsonNode log;
    try (InputStream in = getClass().getResourceAsStream("/records/" + file)) {
      log = new ObjectMapper().readTree(in);
    }
    List<String> problems = new ArrayList<>();
    for (JsonNode record : log.get("Records")) {
      RecordCheck c = CHECKER.check(record);
      if (!c.recognised()) {
        problems.add(c.eventName() + ": not recognised: " + c.reason());
      }
      c.leaves().stream()
          .filter(l -> !l.explained())
          .forEach(l -> problems.add(c.eventName() + ": " + l.path() + " " + l.status()));
    }
    assertThat(problems).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void inventedFieldsWrongTypesAndEventsAreCaught() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    RecordCheck c =
        CHECKER.check(
            mapper.readTree(
                """
                {"eventSource": "ec2.amazonaws.com", "eventName": "StopInstances",
                 "requestParameters": {"instancesSet": {"items": [{"instanceId": "i-1"}]},
                                       "force": {"nested": 1}, "inventedField": "x"},
                 "responseElements": {"requestId": "r", "instancesSet": {"items": [{"currentState": {"code": "high"}}]}}}
                """));
    assertThat(c.recognised()).isTrue();
    assertThat(c.leaves())
        .extracting(LeafCheck::text, LeafCheck::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "requestParameters.instancesSet[].instanceId", LeafCheck.Status.EXPLAINED),
            org.assertj.core.groups.Tuple.tuple(
                "requestParameters.force.nested", LeafCheck.Status.WRONG_TYPE),
            org.assertj.core.groups.Tuple.tuple(
                "requestParameters.inventedField", LeafCheck.Status.UNKNOWN_FIELD),
            org.assertj.core.groups.Tuple.tuple(
                "responseElements.instancesSet[].currentState.code", LeafCheck.Status.WRONG_TYPE));
    RecordCheck fake =
        CHECKER.check(
            mapper.readTree(
                "{\"eventSource\": \"iam.amazonaws.com\", \"eventName\": \"NotCreateUser\"}"));
    assertThat(fake.recognised()).isFalse();
    assertThat(fake.reason()).contains("NotCreateUser is not an event of iam");
    RecordCheck lambda =
        CHECKER.check(
            mapper.readTree(
                "{\"eventSource\": \"lambda.amazonaws.com\", \"eventName\": \"UpdateFunctionConfiguration20150331v2\"}"));
    assertThat(lambda.event().orElseThrow().operation().name())
        .isEqualTo("UpdateFunctionConfiguration");
  }
}
