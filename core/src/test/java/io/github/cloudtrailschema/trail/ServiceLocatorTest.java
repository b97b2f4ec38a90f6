package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLocatorTest {
  private static final ServiceLocator LOCATOR =
      new ServiceLocator(
          ModelCatalog.embedded().services().stream().map(ServiceSummary::metadata).toList());

  @ParameterizedTest
  @CsvSource({
    "iam, iam",
    "IAM, iam",
    "iam.amazonaws.com, iam",
    "aws.iam, iam",
    "Cost Explorer, ce",
    "cost-explorer, ce",
    "ecr, ecr",
    "ecr.amazonaws.com, ecr",
    "rds, rds",
    "monitoring, cloudwatch",
    "cloudwatch, cloudwatch",
    "ses.amazonaws.com, ses",
    "s3, s3",
    "aws.s3, s3",
    "Elastic Load Balancing v2, elbv2",
    "lex runtime v2, lexv2-runtime",
    // the models jar's names, kept as aliases of botocore's
    "api.ecr, ecr",
    "AWS242AppRegistry, servicecatalog-appregistry",
    "email, ses",
    "elasticloadbalancing, elb",
    "elasticloadbalancingv2, elbv2",
    "eventbridge, events",
    "runtime.lex.v2, lexv2-runtime",
  })
  void findsServicesByAnyName(String typed, String expected) {
    assertThat(LOCATOR.find(typed)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "iam, iam.amazonaws.com",
    "ecr, ecr.amazonaws.com",
    "ses, ses.amazonaws.com",
    "bedrock-runtime, bedrock.amazonaws.com",
    "s3control, s3.amazonaws.com",
    "cloudhsmv2, cloudhsm.amazonaws.com",
    "appstream, appstream2.amazonaws.com",
    "servicecatalog-appregistry, servicecatalog-appregistry.amazonaws.com",
    "sso-oidc, sso.amazonaws.com",
    "lex-models, models.lex.amazonaws.com",
    "cloudwatch, monitoring.amazonaws.com",
    "signin, signin.amazonaws.com",
  })
  void eventSourcesAsCloudTrailLogsThem(String service, String expected) {
    var meta =
        ModelCatalog.embedded().services().stream()
            .filter(s -> s.name().equals(service))
            .findFirst()
            .orElseThrow()
            .metadata();
    assertThat(EventSourceResolver.eventSource(meta)).isEqualTo(expected);
  }

  @Test
  void sharedSigningNameIsAmbiguous() {
    assertThat(LOCATOR.find("lex")).isEmpty();
    assertThat(LOCATOR.candidates("lex")).contains("lex-models", "lex-runtime", "lexv2-models");
  }

  @Test
  void suggestsCloseNames() {
    assertThat(Suggestions.closest("iamm", LOCATOR.allNames(), 3)).contains("iam");
    assertThat(
            Suggestions.closest(
                "CreatPolicy", java.util.List.of("CreatePolicy", "DeletePolicy"), 3))
        .startsWith("CreatePolicy");
  }
}
