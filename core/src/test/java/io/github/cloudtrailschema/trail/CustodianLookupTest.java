package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which record fields hold what a Custodian type's lookup finds its resource by. */
class CustodianLookupTest {
  private static boolean finds(String type, String path) {
    return finds(type, path, false);
  }

  private static boolean finds(String type, String path, boolean named) {
    return CustodianLookup.finds(
        CustodianResources.type(type).orElseThrow(), List.of(path.split("\\.")), named);
  }

  @Test
  void aNamedFieldInAnyCase() {
    assertThat(finds("aws.iam-user", "userName")).isTrue();
    assertThat(finds("aws.lambda", "functionArn")).isTrue(); // FunctionName or FunctionArn
    assertThat(finds("aws.cloudtrail", "trailName")).isTrue(); // trailNameList takes names
    assertThat(finds("aws.iam-user", "userArn")).isFalse(); // get_user wants the name
  }

  @Test
  void aGenericFieldByTheTypesNoun() {
    assertThat(finds("aws.user-pool", "userPoolId")).isTrue(); // Id
    assertThat(finds("aws.s3", "bucketName")).isTrue(); // Name
    assertThat(finds("aws.iam-policy", "policyArn")).isTrue(); // Arn: get_policy(PolicyArn)
    assertThat(finds("aws.iam-policy", "policy.arn")).isTrue(); // CreatePolicy's response
    assertThat(finds("aws.iam-policy", "policyName")).isFalse();
    // a bare name is the type's only at the top of a call that names it
    assertThat(finds("aws.codebuild", "name", true)).isTrue();
    assertThat(finds("aws.codebuild", "name", false)).isFalse();
    assertThat(finds("aws.codebuild", "source.name", true)).isFalse();
  }

  @Test
  void aFieldOfOneObjectWhereOnlyItHasTheListingsForm() {
    // ListHostedZones says /hostedzone/Z123; the requests' hostedZoneId is a bare Z123
    assertThat(finds("aws.hostedzone", "hostedZone.id")).isTrue();
    assertThat(finds("aws.hostedzone", "hostedZoneId")).isFalse();
    assertThat(finds("aws.appmesh-virtualnode", "virtualNode.metadata.arn")).isTrue();
  }

  @Test
  void anIdPrefixKeepsOnlyTheIdField() {
    assertThat(finds("aws.security-group", "groupId")).isTrue();
    assertThat(finds("aws.security-group", "securityGroupId")).isTrue(); // its noun + Id
    assertThat(finds("aws.security-group", "groupName")).isFalse(); // dropped by match_ids
    assertThat(finds("aws.transit-gateway", "transitGatewayId")).isTrue();
    assertThat(finds("aws.transit-gateway", "transitGatewayMulticastDomainId")).isFalse();
    // FSx's lookup takes an ARN, but match_ids drops it first (id_prefix fs-)
    assertThat(finds("aws.fsx", "fileSystemId")).isTrue();
    assertThat(finds("aws.fsx", "resourceARN")).isFalse();
  }

  @Test
  void notUnderFailuresOrFilters() {
    assertThat(finds("aws.redshift", "errors.clusterIdentifier")).isFalse();
    assertThat(finds("aws.memorydb", "unprocessedClusters.clusterName")).isFalse();
    assertThat(finds("aws.ec2", "filterSet.instanceId")).isFalse();
    assertThat(finds("aws.ec2", "instancesSet.items.instanceId")).isTrue();
  }

  @Test
  void aTypeNoIdFindsIsNeverFound() {
    // key pairs: match_ids keeps key-..., DescribeKeyPairs(KeyNames) wants names
    assertThat(CustodianResources.type("aws.key-pair").orElseThrow().neverFinds()).isTrue();
    assertThat(finds("aws.key-pair", "keyPairId")).isFalse();
    assertThat(CustodianResources.type("aws.account").orElseThrow().idsIgnored()).isTrue();
  }
}
