package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event → Custodian resource type rule, on the curated table. */
class CustodianResourcesTest {
  private static Optional<String> type(String model, String op, String... request) {
    return match(model, op, request).map(m -> m.type().name());
  }

  private static Optional<CustodianResources.Match> match(
      String model, String op, String... request) {
    return CustodianResources.resource(model, model, op, List.of(request));
  }

  @Test
  void theFirstNounTheOperationNamesWins() {
    assertThat(type("iam", "AttachRolePolicy", "roleName", "policyArn")).hasValue("aws.iam-role");
    assertThat(type("iam", "CreatePolicyVersion", "policyArn")).hasValue("aws.iam-policy");
    assertThat(type("lambda", "PutFunctionConcurrency", "functionName")).hasValue("aws.lambda");
    assertThat(type("s3", "CreateBucket", "bucketName")).hasValue("aws.s3");
    assertThat(type("rds", "CreateDBClusterSnapshot")).hasValue("aws.rds-cluster-snapshot");
    assertThat(type("ec2", "CreateVpcEndpoint")).hasValue("aws.vpc-endpoint");
    assertThat(type("elbv2", "CreateTargetGroup"))
        .hasValue("aws.app-elb-target-group");
    assertThat(type("ec2", "CreateVpc", "cidrBlock")).hasValue("aws.vpc");
    assertThat(type("transfer", "CreateUser", "serverId", "userName"))
        .hasValue("aws.transfer-user");
    assertThat(match("ec2", "CreateVpc").map(CustodianResources.Match::reason))
        .hasValue(CustodianResources.Reason.NAMED);
  }

  @Test
  void elseTheTypeWhoseIdTheRequestCarries() {
    assertThat(type("iam", "CreateAccessKey", "userName")).hasValue("aws.iam-user");
    // Connect's instance is identified by a bare "Id"; the request names it by its noun
    assertThat(type("connect", "CreateQueue", "instanceId", "name"))
        .hasValue("aws.connect-instance");
    assertThat(match("connect", "CreateQueue", "instanceId", "name").map(m -> m.field()))
        .hasValue("instanceId");
    assertThat(match("iam", "CreateAccessKey", "userName").map(CustodianResources.Match::reason))
        .hasValue(CustodianResources.Reason.ID_IN_REQUEST);
  }

  @Test
  void aBareIdOrNameInTheRequestNamesNoType() {
    // route53's hosted zone and health check are both identified by "Id"
    assertThat(type("route53", "DeleteTrafficPolicy", "id", "version")).isEmpty();
    assertThat(type("glue", "CreateSchema", "name")).isEmpty();
  }

  @Test
  void noServiceDefaultWhenTheOperationNamesNoTypeOfIt() {
    assertThat(type("ec2", "CreateTags", "resourcesSet")).isEmpty();
    assertThat(type("iot", "CreateTopicRule", "ruleName")).isEmpty();
    assertThat(type("sagemaker", "CreateAlgorithm", "algorithmName")).isEmpty();
  }

  @Test
  void accountLevelSettingsAreTheAccount() {
    assertThat(match("guardduty", "CreateDetector").map(CustodianResources.Match::reason))
        .hasValue(CustodianResources.Reason.ACCOUNT);
    assertThat(type("guardduty", "CreateDetector")).hasValue("aws.account");
    assertThat(type("account", "PutAlternateContact")).hasValue("aws.account");
  }

  @Test
  void noTypeForServicesCustodianDoesNotModel() {
    assertThat(type("chime", "CreateAccount")).isEmpty();
    assertThat(CustodianResources.modeled("chime", "chime")).isFalse();
    assertThat(CustodianResources.modeled("ec2", "ec2")).isTrue();
  }

  @Test
  void nounsAreWholeCamelCaseWords() {
    assertThat(NounMatch.indexOf("AttachRolePolicy", "Role")).isEqualTo(6);
    assertThat(NounMatch.indexOf("RunInstances", "Instance")).isEqualTo(3);
    assertThat(NounMatch.indexOf("CreateRoleplay", "Role")).isEqualTo(-1);
    assertThat(NounMatch.nouns("pg", "AWS::RDS::DBParameterGroup", "DBParameterGroupName"))
        .containsExactly("DBParameterGroup", "DBParameterGroup");
  }
}
