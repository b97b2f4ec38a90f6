package io.github.cloudtrailschema.format.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cloudtrailschema.testing.CliResult;
import org.junit.jupiter.api.Test;

/**
 * {@code --format custodian} through the CLI: each policy aims {@code ids} at what its type's lookup
 * finds in the c7n release, falls back to the account with the reason where the record cannot feed
 * a lookup, and uses a shortcut only where it fires.
 */
class CustodianPolicyTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static String text(String selector) {
    CliResult r = CliResult.run(selector, "--format", "custodian");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.stdout();
  }

  private static JsonNode policy(String selector) throws Exception {
    return YAML.readTree(text(selector)).at("/policies/0");
  }

  private static String ids(JsonNode policy) {
    return policy.at("/mode/events/0/ids").asText();
  }

  @Test
  void idsHoldWhatTheTypesLookupFinds() throws Exception {
    // a list of DashboardName values
    JsonNode dashboards = policy("monitoring.DeleteDashboards");
    assertThat(dashboards.get("resource").asText()).isEqualTo("aws.cloudwatch-dashboard");
    assertThat(ids(dashboards)).isEqualTo("requestParameters.dashboardNames[]");
    // ListHostedZones says /hostedzone/Z...: only CreateHostedZone's response has that form
    JsonNode zone = policy("route53.CreateHostedZone");
    assertThat(zone.get("resource").asText()).isEqualTo("aws.hostedzone");
    assertThat(ids(zone)).isEqualTo("responseElements.hostedZone.id");
    // an ALB is found by ARN or by name, not by the request's bare name
    JsonNode alb = policy("elasticloadbalancingv2.CreateLoadBalancer");
    assertThat(alb.get("resource").asText()).isEqualTo("aws.app-elb");
    assertThat(ids(alb)).isEqualTo("responseElements.loadBalancers[].loadBalancerArn");
    assertThat(text("iam.CreateAccessKey"))
        .contains("# aws.iam-user: the request carries its id; c7n looks it up by UserName (")
        .contains("c7n 0.9.51.0 c7n/resources/iam.py:");
  }

  @Test
  void neverTheFailuresOfABatchCall() throws Exception {
    JsonNode memorydb = policy("memorydb.BatchUpdateCluster");
    assertThat(ids(memorydb)).isEqualTo("requestParameters.clusterNames[]");
    JsonNode redshift = policy("redshift.BatchModifyClusterSnapshots");
    assertThat(ids(redshift)).doesNotContain("errors");
  }

  @Test
  void theAccountWithTheReasonWhereTheRecordCannotFeedALookup() throws Exception {
    // aws.sagemaker-endpoint's lookup compares EndpointArn: the request's endpointName finds none
    String sagemaker = text("api.sagemaker.CreateInferenceExperiment");
    assertThat(sagemaker)
        .contains("    resource: aws.account\n")
        .contains("# aws.account: the operation names none of the service's Custodian types")
        .contains("ids: recipientAccountId");
    // c7n refuses aws.rrset in cloudtrail mode; the request's bare zone id is not the listing's
    assertThat(text("route53.ChangeResourceRecordSets"))
        .contains("    resource: aws.account\n")
        .contains("resource:aws.rrset does not support cloudtrail mode policies");
    assertThat(text("chime.CreateAccount"))
        .contains("# aws.account: Custodian models no resource of this service");
    // GuardDuty's settings are the account's in c7n's model: no fallback
    assertThat(text("guardduty.CreateDetector"))
        .contains("# aws.account: an account-level setting in Custodian's model (filter guard-duty")
        .doesNotContain("If another type fits");
  }

  @Test
  void aShortcutOnlyWhereItFiresOnTheLoggedName() throws Exception {
    assertThat(policy("ec2.CreateVolume").at("/mode/events/0").asText()).isEqualTo("CreateVolume");
    // CreateFunction subscribes to eventName CreateFunction, which Lambda never logs
    JsonNode lambda = policy("lambda.CreateFunction20150331");
    assertThat(lambda.at("/mode/events/0/event").asText()).isEqualTo("CreateFunction20150331");
    // the ELBv2 request has no loadBalancerName: the v1 shortcut would find nothing
    assertThat(policy("elasticloadbalancingv2.CreateLoadBalancer").at("/mode/events/0").isObject())
        .isTrue();
    // not in c7n's table
    assertThat(policy("api.sagemaker.CreateNotebookInstance").at("/mode/events/0").isObject())
        .isTrue();
  }

  @Test
  void namesAreUniqueWhereModelsShareAnEventSource() throws Exception {
    assertThat(policy("rds.AddTagsToResource").get("name").asText())
        .isEqualTo("rds-add-tags-to-resource");
    assertThat(policy("docdb.AddTagsToResource").get("name").asText())
        .isEqualTo("docdb-add-tags-to-resource");
    assertThat(policy("neptune.AddTagsToResource").get("name").asText())
        .isEqualTo("neptune-add-tags-to-resource");
    assertThat(policy("apigatewayv2.CreateAuthorizer").get("name").asText())
        .isEqualTo("apigatewayv2-create-authorizer");
    assertThat(policy("apigateway.CreateAuthorizer").get("name").asText())
        .isEqualTo("apigateway-create-authorizer");
    // the model named like its prefix keeps it; api.sagemaker is SageMaker's own
    assertThat(policy("api.sagemaker.CreateNotebookInstance").get("name").asText())
        .isEqualTo("sagemaker-create-notebook-instance");
  }
}
