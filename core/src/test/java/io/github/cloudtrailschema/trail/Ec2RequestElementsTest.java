package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The curated table of EC2's XML request element names ({@code
 * curated/ec2-request-elements.tsv}), read from EC2's 2013-10-01 WSDL
 * (wsdl2phpgenerator/wsdl2phpgenerator, tests/fixtures/wsdl/amazon/AmazonEc2.wsdl).
 */
class Ec2RequestElementsTest {
  private final Ec2RequestElements table = Ec2RequestElements.table();

  @Test
  void theSchemaNameWinsAmongTheHeuristicsCandidates() {
    // AuthorizeSecurityGroupIngressType: <ipPermissions> of IpPermissionSetType.
    assertThat(
            table.pick("AuthorizeSecurityGroupIngress", List.of("ipPermissionsSet", "ipPermissions"), true))
        .map(Ec2RequestElements.Element::name)
        .contains("ipPermissions");
  }

  @Test
  void aSetOfScalarsNamesItsItemKey() {
    // DescribeRouteTablesType: <routeTableIdSet>, items <routeTableId>.
    assertThat(table.pick("DescribeRouteTables", List.of("routeTableSet", "routeTableIdSet"), true))
        .flatMap(Ec2RequestElements.Element::itemKey)
        .contains("routeTableId");
  }

  @Test
  void aSetIsFoundByTheEndOfItsName() {
    // DescribeAccountAttributesType: <accountAttributeNameSet>; the query name is AttributeName.
    assertThat(table.pick("DescribeAccountAttributes", List.of("attributeNameSet"), true))
        .map(Ec2RequestElements.Element::name)
        .contains("accountAttributeNameSet");
  }

  @Test
  void structuresAreMatchedAsStructures() {
    // CreateNetworkAclEntryType: <icmpTypeCode> of IcmpTypeCodeType (the model's wire name: Icmp).
    assertThat(table.pick("CreateNetworkAclEntry", List.of("icmp", "icmpTypeCode"), false))
        .map(Ec2RequestElements.Element::name)
        .contains("icmpTypeCode");
    assertThat(table.pick("CreateNetworkAclEntry", List.of("icmp", "icmpTypeCode"), true)).isEmpty();
  }

  @Test
  void anOuterElementStandsOverANestedOneOfTheSameName() {
    // RunInstancesType: <groupSet> (GroupSetType: groupId or groupName) and
    // networkInterfaceSet/item/<groupSet> (SecurityGroupIdSetType: groupId).
    assertThat(table.pick("RunInstances", List.of("groupSet"), true))
        .flatMap(Ec2RequestElements.Element::itemKey)
        .isEmpty();
  }

  @Test
  void operationsTheSchemaDoesNotHaveAreLeftToTheHeuristic() {
    assertThat(table.covers("CreateTransitGateway")).isFalse();
    assertThat(table.pick("CreateFlowLogs", List.of("resourceIdSet"), true))
        .isEqualTo(Optional.empty());
  }

  @Test
  void responseTypesWithAReturnElementAreKnown() {
    assertThat(table.returnsBesides("CreateSecurityGroup")).isTrue();
    assertThat(table.returnsBesides("CreateVpc")).isFalse();
  }
}
