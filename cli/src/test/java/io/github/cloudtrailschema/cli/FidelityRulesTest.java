package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names the tool shows for rules derived from public evidence (issue 8), one test per rule,
 * through the real CLI's {@code paths} output: the first column is the name a user copies.
 */
class FidelityRulesTest {

  private static List<String> paths(String selector) {
    CliResult run = CliResult.run(selector, "-f", "paths");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return Arrays.stream(run.stdout().split("\n")).map(l -> l.split("\t")[0]).toList();
  }

  /**
   * EC2's XML schema (2013-10-01 WSDL, AuthorizeSecurityGroupIngressType): {@code ipPermissions}
   * of IpPermissionSetType, items with {@code groups} and {@code ipRanges} sets.
   */
  @Test
  void ec2ClassicRequestSetsTakeTheSchemasNames() {
    assertThat(paths("ec2.AuthorizeSecurityGroupIngress.input"))
        .contains(
            "requestParameters.ipPermissions.items[].ipRanges.items[].cidrIp",
            "requestParameters.ipPermissions.items[].groups.items[].groupId",
            "requestParameters.ipPermissions.items[].fromPort")
        .noneMatch(p -> p.startsWith("requestParameters.ipPermissionsSet"));
  }

  /** EC2's XML schema: DescribeRouteTablesType's {@code routeTableIdSet}, items {@code routeTableId}. */
  @Test
  void ec2ClassicScalarSetsTakeTheSchemasItemKey() {
    assertThat(paths("ec2.DescribeRouteTables.input"))
        .contains("requestParameters.routeTableIdSet.items[].routeTableId");
    assertThat(paths("ec2.DescribeNetworkInterfaces.input"))
        .contains("requestParameters.networkInterfaceIdSet.items[].networkInterfaceId");
  }

  /** EC2's XML schema: CreateNetworkAclEntryType's {@code icmpTypeCode} (the model says Icmp). */
  @Test
  void ec2ClassicStructuresTakeTheSchemasNames() {
    assertThat(paths("ec2.CreateNetworkAclEntry.input"))
        .contains("requestParameters.icmpTypeCode.code", "requestParameters.portRange.from");
  }

  /**
   * Tag specifications, added after the XML types, log their tags as a plain array (RunInstances,
   * CreateVpc, CreateSubnet records; the project's cloudtrail-facts 3.2).
   */
  @Test
  void ec2TagSpecificationTagsAreAPlainArray() {
    assertThat(paths("ec2.RunInstances.input"))
        .contains(
            "requestParameters.tagSpecificationSet.items[].tags[].key",
            "requestParameters.instancesSet.items[].imageId",
            "requestParameters.groupSet.items[].groupId");
  }

  /** EC2's XML schema: CreateSecurityGroupResponseType has requestId, return and groupId. */
  @Test
  void ec2ResponsesWithReturnBesideTheirMembersLogIt() {
    assertThat(paths("ec2.CreateSecurityGroup.output"))
        .contains("responseElements._return", "responseElements.groupId");
    assertThat(paths("ec2.CreateVpc.output")).doesNotContain("responseElements._return");
  }

  /** ModifyImageAttribute and ModifySnapshotAttribute records log the switch as attributeType. */
  @Test
  void ec2AttributeSwitchIsAttributeType() {
    assertThat(paths("ec2.ModifyImageAttribute.input"))
        .contains(
            "requestParameters.attributeType",
            "requestParameters.launchPermission.add.items[].userId");
    assertThat(paths("ec2.ModifySnapshotAttribute.input"))
        .contains(
            "requestParameters.attributeType",
            "requestParameters.createVolumePermission.add.items[].group");
  }

  /**
   * ElastiCache's and Redshift's CloudTrail chapters: CreateCacheCluster logs {@code
   * responseElements.cacheClusterId}, CreateCluster {@code responseElements.clusterStatus}.
   */
  @Test
  void queryFamilyDropsTheSingleResultMember() {
    assertThat(paths("elasticache.CreateCacheCluster.output"))
        .contains("responseElements.cacheClusterId", "responseElements.cacheClusterStatus");
    assertThat(paths("redshift.CreateCluster.output"))
        .contains("responseElements.clusterStatus", "responseElements.nodeType");
    assertThat(paths("rds.CreateDBSnapshot.output"))
        .contains("responseElements.dBSnapshotIdentifier");
  }

  /** IAM's CloudTrail chapter: CreateUser logs responseElements.user.userName. */
  @Test
  void otherQueryServicesKeepTheResultMember() {
    assertThat(paths("iam.CreateUser.output")).contains("responseElements.user.userName");
    assertThat(paths("cloudformation.CreateStack.output")).contains("responseElements.stackId");
  }

  /** SendCommand records: "parameters": "HIDDEN_DUE_TO_SECURITY_REASONS" (a sensitive map). */
  @Test
  void sensitiveContainersAreARedactedString() {
    List<String> p = paths("ssm.SendCommand");
    assertThat(p).contains("requestParameters.parameters", "responseElements.command.parameters");
    assertThat(p).noneMatch(s -> s.startsWith("requestParameters.parameters."));
  }

  /**
   * The DynamoDB developer guide's log entries: PutItem logs {@code key} with plain values and
   * {@code item} as attribute names, no attribute values, {@code responseElements: null}.
   */
  @Test
  void dynamoDbDataEventsLogKeysPlainAndNoValues() {
    List<String> put = paths("dynamodb.PutItem");
    assertThat(put)
        .contains("requestParameters.key.*", "requestParameters.item[]", "responseElements")
        .noneMatch(p -> p.startsWith("requestParameters.expressionAttributeValues"))
        .noneMatch(p -> p.startsWith("requestParameters.item.*"));
    assertThat(paths("dynamodb.UpdateItem.input"))
        .contains("requestParameters.key.*", "requestParameters.updateExpression")
        .noneMatch(p -> p.contains(".s") && p.startsWith("requestParameters.key"));
  }

  /**
   * XML gives no arrays of one: CloudTrail converts S3's XML bodies and EC2's wrapped query
   * requests and XML responses element by element, so a list holding one element is logged as the
   * element itself (the Transit Gateway guide's CloudTrail example, awsdocs
   * aws-transit-gateway-guide transit-gateway-cloudtrail-logs.md: {@code TagSpecification{tag: 1,
   * Tag{Key, Value, tag: 1}}} and {@code tagSet{item{key, value}}}; a policy's {@code Statement} is
   * an object or an array by the IAM policy grammar). Both layouts are shown, the one-element one
   * marked as such.
   */
  @Test
  void xmlListsOfOneAreShownInBothLayouts() {
    assertThat(paths("s3.PutBucketTagging.input"))
        .contains(
            "requestParameters.Tagging.TagSet.Tag[].Key",
            "requestParameters.Tagging.TagSet.Tag.Key");
    assertThat(paths("ec2.DescribeNatGateways.input"))
        .contains(
            "requestParameters.DescribeNatGatewaysRequest.NatGatewayId[].content",
            "requestParameters.DescribeNatGatewaysRequest.NatGatewayId.content",
            "requestParameters.DescribeNatGatewaysRequest.Filter.Value.content",
            "requestParameters.DescribeNatGatewaysRequest.Filter[].Value.content",
            "requestParameters.DescribeNatGatewaysRequest.Filter.Value[].content");
    // JSON-protocol lists are real arrays: no one-element layout.
    assertThat(paths("iam.CreatePolicy.output"))
        .noneMatch(p -> p.contains("tags.key"));
  }
}
