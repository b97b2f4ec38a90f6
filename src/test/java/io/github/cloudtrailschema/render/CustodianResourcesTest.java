package io.github.cloudtrailschema.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event → Custodian resource type rule, on the curated table. */
class CustodianResourcesTest {
  private static Optional<String> type(String model, String op, String... request) {
    return CustodianResources.resource(model, model, op, List.of(request))
        .map(CustodianResources.Type::name);
  }

  @Test
  void theFirstNounTheOperationNamesWins() {
    assertThat(type("iam", "AttachRolePolicy", "roleName", "policyArn")).hasValue("aws.iam-role");
    assertThat(type("iam", "CreatePolicyVersion", "policyArn")).hasValue("aws.iam-policy");
    assertThat(type("lambda", "PutFunctionConcurrency", "functionName")).hasValue("aws.lambda");
    assertThat(type("s3", "CreateBucket", "bucketName")).hasValue("aws.s3");
    assertThat(type("rds", "CreateDBClusterSnapshot")).hasValue("aws.rds-cluster-snapshot");
    assertThat(type("ec2", "CreateVpcEndpoint")).hasValue("aws.vpc-endpoint");
    assertThat(type("elasticloadbalancingv2", "CreateTargetGroup"))
        .hasValue("aws.app-elb-target-group");
  }

  @Test
  void elseTheTypeWhoseIdTheRequestCarriesElseTheMainType() {
    assertThat(type("iam", "CreateAccessKey", "userName")).hasValue("aws.iam-user");
    assertThat(type("ec2", "CreateTags", "resourcesSet")).hasValue("aws.ec2");
  }

  @Test
  void noTypeForServicesWithoutOneOrWithFindingsOnly() {
    assertThat(type("guardduty", "CreateDetector")).isEmpty();
    assertThat(type("chime", "CreateAccount")).isEmpty();
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
