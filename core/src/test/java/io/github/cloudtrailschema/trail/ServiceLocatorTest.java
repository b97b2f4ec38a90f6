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
    "ecr, api.ecr",
    "ecr.amazonaws.com, api.ecr",
    "rds, rds",
    "monitoring, monitoring",
    "cloudwatch, monitoring",
    "ses.amazonaws.com, email",
    "s3, s3",
    "aws.s3, s3",
    "Elastic Load Balancing v2, elasticloadbalancingv2",
    "lex runtime v2, runtime.lex.v2",
  })
  void findsServicesByAnyName(String typed, String expected) {
    assertThat(LOCATOR.find(typed)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "iam, iam.amazonaws.com",
    "api.ecr, ecr.amazonaws.com",
    "email, ses.amazonaws.com",
    "bedrock-runtime, bedrock.amazonaws.com",
    "s3-control, s3.amazonaws.com",
    "cloudhsmv2, cloudhsm.amazonaws.com",
    "appstream2, appstream2.amazonaws.com",
    "AWS242AppRegistry, servicecatalog-appregistry.amazonaws.com",
    "sso-oidc, sso.amazonaws.com",
    "models.lex, models.lex.amazonaws.com",
    "monitoring, monitoring.amazonaws.com",
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
    assertThat(LOCATOR.candidates("lex")).contains("models.lex", "runtime.lex", "models.lex.v2");
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
