package io.github.cloudtrailschema.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverlayPathsTest {
  @ParameterizedTest
  @CsvSource({
    "requestParameters.policyName, requestParameters.policyName",
    "requestParameters.tags.Owner, requestParameters.tags.Owner",
    "requestParameters.Host, requestParameters.Host",
    "requestParameters.x-amz-acl, requestParameters.x-amz-acl",
    // data as keys: an ID, a date, a UUID, a condition key, an ARN
    "requestParameters.tags.i-0aaaabbbbcccc1234, requestParameters.tags.*",
    "responseElements.byDay.2024-05-01.count, responseElements.byDay.*.count",
    "responseElements.m.3f2504e0-4f89-11d3-9a0c-0305e82c3301, responseElements.m.*",
    "requestParameters.Condition.StringEquals.aws:SourceIp[], requestParameters.Condition.StringEquals.*[]",
    "requestParameters.instancesSet.items[].instanceId, requestParameters.instancesSet.items[].instanceId",
    "responseElements.association{}, responseElements.association{}",
    "requestParameters.filters[], requestParameters.filters[]",
  })
  void dataLikeKeysBecomeStarsNamesStay(String path, String sanitised) {
    assertThat(OverlayPaths.sanitise(path)).isEqualTo(sanitised);
    assertThat(OverlayPaths.sanitise(sanitised)).isEqualTo(sanitised); // idempotent
  }

  @Test
  void segmentsAfterTheRoot() {
    assertThat(OverlayPaths.root("responseElements.a.b[].c{}")).isEqualTo("responseElements");
    assertThat(OverlayPaths.segments("responseElements.a.*[].c{}"))
        .containsExactly(
            new OverlayPaths.Key("a"),
            new OverlayPaths.AnyKey(),
            new OverlayPaths.Element(),
            new OverlayPaths.Key("c"),
            new OverlayPaths.EmptyObject());
    assertThat(OverlayPaths.segments("requestParameters")).isEqualTo(List.of());
  }
}
