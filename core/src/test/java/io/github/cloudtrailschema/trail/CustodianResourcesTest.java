package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event → Custodian resource type rule, on the curated table of one c7n release. */
class CustodianResourcesTest {
  /** The candidates of an operation whose request has these top-level members. */
  private static List<CustodianResources.Candidate> candidates(
      String serviceId, String prefix, String op, String... request) {
    return CustodianResources.candidates(
        serviceId, prefix, op, Arrays.stream(request).map(List::of).toList());
  }

  private static Optional<String> first(String serviceId, String prefix, String op, String... request) {
    return candidates(serviceId, prefix, op, request).stream().findFirst().map(c -> c.type().name());
  }

  private static CustodianResources.Type type(String name) {
    return CustodianResources.type(name).orElseThrow();
  }

  @Test
  void theTableIsOneReleaseAndHasNoTypeFromLaterWork() {
    assertThat(CustodianResources.release()).isEqualTo("0.9.51.0");
    // types c7n's main branch added after the tag, or that an unmerged commit proposed
    assertThat(CustodianResources.type("aws.cleanrooms-membership")).isEmpty();
    assertThat(CustodianResources.type("aws.chimesdkvoice-voiceconnector")).isEmpty();
    assertThat(CustodianResources.type("aws.security-lake")).isEmpty();
    // c7n spells these so
    assertThat(CustodianResources.type("aws.athena-work-group")).isPresent();
    assertThat(CustodianResources.type("aws.athena-workgroup")).isEmpty();
    assertThat(CustodianResources.type("aws.networkmanager-core")).isPresent();
    assertThat(CustodianResources.type("aws.networkmanager-core-network")).isEmpty();
    // an alias resolves to its type
    assertThat(CustodianResources.type("aws.network-addr").map(CustodianResources.Type::name))
        .hasValue("aws.elastic-ip");
    assertThat(CustodianResources.all()).hasSizeGreaterThan(360);
  }

  @Test
  void childTypesWithoutTrailEventsRefuseCloudtrailMode() {
    assertThat(type("aws.glue-table").cloudtrail()).isFalse();
    assertThat(type("aws.glue-table").refusal())
        .startsWith("resource:aws.glue-table does not support cloudtrail mode policies");
    assertThat(type("aws.event-rule").cloudtrail()).isFalse();
    assertThat(type("aws.rest-stage").cloudtrail()).isTrue(); // a child with supports_trailevents
    assertThat(type("aws.iam-role").cloudtrail()).isTrue();
  }

  @Test
  void theFirstNounTheOperationNamesWins() {
    assertThat(first("IAM", "iam", "AttachRolePolicy", "roleName", "policyArn"))
        .hasValue("aws.iam-role");
    assertThat(first("IAM", "iam", "CreatePolicyVersion", "policyArn")).hasValue("aws.iam-policy");
    assertThat(first("Lambda", "lambda", "PutFunctionConcurrency", "functionName"))
        .hasValue("aws.lambda");
    assertThat(first("S3", "s3", "CreateBucket", "bucketName")).hasValue("aws.s3");
    assertThat(first("RDS", "rds", "CreateDBClusterSnapshot"))
        .hasValue("aws.rds-cluster-snapshot");
    assertThat(first("EC2", "ec2", "CreateVpcEndpoint")).hasValue("aws.vpc-endpoint");
    assertThat(first("Elastic Load Balancing v2", "elasticloadbalancing", "CreateTargetGroup"))
        .hasValue("aws.app-elb-target-group");
    assertThat(candidates("EC2", "ec2", "CreateVpc").get(0).reason())
        .isEqualTo(CustodianResources.Reason.NAMED);
  }

  @Test
  void thenTheTypesWhoseLookupFindsAFieldOfTheRequest() {
    // the access key is named (c7n refuses it in cloudtrail mode: the caller goes on); its user
    // is in the request
    List<CustodianResources.Candidate> c = candidates("IAM", "iam", "CreateAccessKey", "userName");
    assertThat(c).extracting(x -> x.type().name()).containsExactly("aws.iam-access-key", "aws.iam-user");
    assertThat(c.get(1).reason()).isEqualTo(CustodianResources.Reason.ID_IN_REQUEST);
    assertThat(c.get(1).evidence()).isEqualTo("userName");
    // Connect's instance is identified by a bare "Id"; the request names it by its noun
    assertThat(first("Connect", "connect", "CreateQueue", "instanceId", "name"))
        .hasValue("aws.connect-instance");
    // in the request's order, after the named type
    assertThat(candidates("API Gateway", "apigateway", "UpdateStage", "restApiId", "stageName"))
        .extracting(x -> x.type().name())
        .containsExactly("aws.rest-stage", "aws.rest-api");
  }

  @Test
  void aFieldItsLookupCannotUseMakesNoCandidate() {
    // aws.sagemaker-endpoint is looked up by its ARN: a name finds nothing
    assertThat(candidates("SageMaker", "sagemaker", "CreateInferenceExperiment", "endpointName"))
        .isEmpty();
    // route53's hosted zone and health check are both identified by "Id"
    assertThat(candidates("Route 53", "route53", "DeleteTrafficPolicy", "id", "version")).isEmpty();
    assertThat(candidates("Glue", "glue", "CreateSchema", "name")).isEmpty();
  }

  @Test
  void noServiceDefaultWhenTheOperationNamesNoTypeOfIt() {
    assertThat(candidates("EC2", "ec2", "CreateTags", "resourcesSet")).isEmpty();
    assertThat(candidates("IoT", "iot", "CreateTopicRule", "ruleName")).isEmpty();
    assertThat(candidates("SageMaker", "sagemaker", "CreateAlgorithm", "algorithmName")).isEmpty();
  }

  @Test
  void accountLevelSettingsAreTheAccount() {
    List<CustodianResources.Candidate> c = candidates("GuardDuty", "guardduty", "CreateDetector");
    assertThat(c).extracting(x -> x.type().name()).containsExactly("aws.account");
    assertThat(c.get(0).reason()).isEqualTo(CustodianResources.Reason.ACCOUNT);
    assertThat(c.get(0).evidence()).isEqualTo("filter guard-duty, c7n/resources/account.py:391");
    assertThat(first("Account", "account", "PutAlternateContact")).hasValue("aws.account");
  }

  @Test
  void aServiceIsFoundByItsIdElseByTheEventSourcePrefix() {
    // botocore's service id for elbv2 is "Elastic Load Balancing v2": not v1's types
    assertThat(first("Elastic Load Balancing v2", "elasticloadbalancing", "CreateLoadBalancer"))
        .hasValue("aws.app-elb");
    assertThat(first("Elastic Load Balancing", "elasticloadbalancing", "CreateLoadBalancer"))
        .hasValue("aws.elb");
    // DocumentDB logs as rds and has no types of its own: RDS's describe returns its instances
    assertThat(first("DocDB", "rds", "CreateDBInstance", "dBInstanceIdentifier"))
        .hasValue("aws.rds");
    assertThat(CustodianResources.modeled("Chime", "chime")).isFalse();
    assertThat(candidates("Chime", "chime", "CreateAccount")).isEmpty();
    assertThat(CustodianResources.modeled("EC2", "ec2")).isTrue();
    assertThat(CustodianResources.modeled("GuardDuty", "guardduty")).isTrue();
  }

  @Test
  void nounsAreWholeCamelCaseWords() {
    assertThat(NounMatch.indexOf("AttachRolePolicy", "Role")).isEqualTo(6);
    assertThat(NounMatch.indexOf("RunInstances", "Instance")).isEqualTo(3);
    assertThat(NounMatch.indexOf("CreateRoleplay", "Role")).isEqualTo(-1);
    assertThat(NounMatch.nouns("pg", "AWS::RDS::DBParameterGroup", "DBParameterGroupName"))
        .containsExactly("DBParameterGroup", "DBParameterGroup");
    assertThat(NounMatch.camel("user-pool")).isEqualTo("UserPool");
  }
}
