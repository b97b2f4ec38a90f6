package io.github.cloudtrailschema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmesPathsTest {
  @Test
  void plainPathsSplitIntoSegments() {
    assertThat(JmesPaths.segments("detail.responseElements.instancesSet.items[].instanceId"))
        .contains(List.of("detail", "responseElements", "instancesSet", "items", "[]", "instanceId"));
    assertThat(JmesPaths.segments("a[0].\"odd key\".*")).contains(List.of("a", "[]", "odd key", "*"));
  }

  @Test
  void richerExpressionsAreValidButNotSplit() {
    assertThat(JmesPaths.error("requestParameters.tags[?key=='Name'].value")).isEmpty();
    assertThat(JmesPaths.segments("requestParameters.tags[?key=='Name'].value")).isEmpty();
    assertThat(JmesPaths.segments("join(',', a)")).isEmpty();
  }

  @Test
  void syntaxErrorsAreReported() {
    assertThat(JmesPaths.error("requestParameters.[policyArn")).isPresent();
    assertThat(JmesPaths.error("a..b")).isPresent();
  }
}
