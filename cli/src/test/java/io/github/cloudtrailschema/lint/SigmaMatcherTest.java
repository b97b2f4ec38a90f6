package io.github.cloudtrailschema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SigmaMatcherTest {
  private static SigmaMatcher of(String value, String... modifiers) {
    return SigmaMatcher.of(value, List.of(modifiers)).orElseThrow();
  }

  @Test
  void modifiersAndWildcardsMatchAsSigmaSpecifies() {
    assertThat(of("UpdateFunctionConfiguration", "startswith").matches("UpdateFunctionConfiguration20150331v2")).isTrue();
    assertThat(of("Lifecycle", "contains").matches("PutBucketLifecycle")).isTrue();
    assertThat(of("Policy", "endswith").matches("PutBucketPolicy")).isTrue();
    assertThat(of("Put*Policy").matches("PutUserPolicy")).isTrue();
    assertThat(of("createuser").matches("CreateUser")).isTrue();
    assertThat(of("createuser", "cased").matches("CreateUser")).isFalse();
    assertThat(of("Create(User|Role)", "re").matches("CreateRole")).isTrue();
    assertThat(of("CreateUser").exact()).isTrue();
    assertThat(of("Create", "startswith").exact()).isFalse();
  }

  @Test
  void unknownModifiersAreNotJudged() {
    assertThat(SigmaMatcher.of("x", List.of("base64"))).isEmpty();
  }
}
