package io.github.cloudtrailschema.format.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Policy names c7n accepts: its pattern, Lambda's length, no word cut to a double hyphen. */
class PolicyNamesTest {
  /** c7n 0.9.51.0, c7n/schema.py: definitions.policy.properties.name.pattern. */
  private static final Pattern C7N = Pattern.compile("^[A-z][A-z0-9]*(-[A-z0-9]+)*$");

  @Test
  void wordsOfLettersAndDigitsJoinedBySingleHyphens() {
    assertThat(PolicyNames.name("iam", "CreateAccessKey")).isEqualTo("iam-create-access-key");
    assertThat(PolicyNames.name("api.sagemaker", "CreateModel"))
        .isEqualTo("api-sagemaker-create-model");
    assertThat(PolicyNames.name("cloudfront", "CreateDistribution2020_05_31"))
        .isEqualTo("cloudfront-create-distribution2020-05-31");
    assertThat(PolicyNames.words("a__b--c..")).isEqualTo("a-b-c");
    assertThat(PolicyNames.name("9lives", "Get")).isEqualTo("aws-9lives-get");
  }

  @Test
  void aLongNameKeepsWholeWordsAndAHashWithinLambdasLimit() {
    String[] long_ = {
      "BatchAssociateAssessmentReportEvidence",
      "ListPricingPlansAssociatedWithPricingRule",
      "AssociatePhoneNumbersWithVoiceConnectorGroup",
      "StartSavingsPlansPurchaseRecommendationGeneration"
    };
    for (String op : long_) {
      String name = PolicyNames.name("application-cost-profiler", op);
      assertThat(name).matches(C7N).doesNotContain("--");
      assertThat(("custodian-" + name).length()).isLessThanOrEqualTo(64);
      assertThat(name).matches(".*-[0-9a-f]{6}");
    }
    // the whole name decides the hash: two names with one head differ
    assertThat(PolicyNames.name("voice-chime", "AssociatePhoneNumbersWithVoiceConnectorGroup"))
        .isNotEqualTo(PolicyNames.name("voice-chime", "AssociatePhoneNumbersWithVoiceConnector"));
  }
}
