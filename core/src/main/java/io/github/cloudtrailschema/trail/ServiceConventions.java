package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.Optional;
import java.util.Set;
import io.github.cloudtrailschema.model.Protocol;

/**
 * Per-service facts no model property predicts, each with its evidence. Kept small on purpose:
 * everything else is derived from protocol and metadata.
 */
public final class ServiceConventions {
  /**
   * JSON services whose records keep the API's member casing ({@code Filter.Dimensions.Key}) where
   * most lower the first letter. Evidence: ce GetCostAndUsage/GetCostForecast, devops-guru,
   * resource-explorer-2 ListIndexes ({@code Type}), account GetRegionOptStatus ({@code
   * RegionName}), securityhub ({@code Filters}) records.
   */
  private static final Set<String> KEEP_CASE =
      Set.of("ce", "devops-guru", "resource-explorer-2", "account", "securityhub");

  /**
   * Query services whose response is logged without its single result member, a family rule: RDS
   * (with Neptune and DocumentDB, which share its endpoint and log under {@code rds.amazonaws.com}),
   * ElastiCache and Redshift log the result structure's members at the top of {@code
   * responseElements}. Evidence: the services' CloudTrail chapters' example entries: ElastiCache
   * CreateCacheCluster and ModifyCacheCluster ({@code responseElements.cacheClusterId}, {@code
   * cacheClusterStatus}; https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/logging-using-cloudtrail.html),
   * Redshift CreateCluster ({@code responseElements.clusterStatus}, {@code nodeType};
   * https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html), RDS
   * CreateDBInstance and CreateDBSnapshot records. The other query services (IAM, STS, SNS,
   * CloudFormation, ELB, Auto Scaling, CloudSearch) drop only the result wrapper and keep the
   * member ({@code responseElements.user.userName}, {@code policy.policyId}).
   */
  private static final Set<String> UNWRAP_SINGLE_RESULT = Set.of("rds", "elasticache", "redshift");

  /**
   * REST services whose records still write Java dates ({@code Oct 22, 2024 3:21:35 PM}): API
   * Gateway and CloudFront records.
   */
  private static final Set<String> REST_WITH_JAVA_DATES = Set.of("apigateway", "cloudfront");

  /**
   * JSON services that log an acronym-led member with the whole acronym lowered ({@code ARN} →
   * {@code arn}) rather than only its first letter ({@code aRN}). Not a protocol rule: SSM ({@code
   * iPAddress}) and EC2 Instance Connect ({@code sSHPublicKey}) records keep the first-letter form.
   * Evidence: Secrets Manager's user guide, "AWS CloudTrail entries for Secrets Manager": "Before
   * February 2024, some Secrets Manager operations reported events that contained "aRN" instead of
   * "arn" for the secret ARN"
   * (https://docs.aws.amazon.com/secretsmanager/latest/userguide/cloudtrail_log_entries.html).
   */
  private static final Set<String> JACKSON_NAMES = Set.of("secretsmanager");

  private ServiceConventions() {}

  /**
   * API Gateway (v1) logs the request body under {@code <operation>Input} beside the path
   * parameters, with {@code "template": false}: {@code {"restApiId": .., "createStageInput": {..},
   * "template": false}} (CreateStage, TagResource, GetResource records).
   */
  public static boolean wrapsBodyAsOperationInput(ServiceMetadata m) {
    return m.endpointPrefix().equals("apigateway") && m.apiVersion().equals("2015-07-09");
  }

  public static boolean keepsApiCasing(ServiceMetadata m) {
    return KEEP_CASE.contains(m.endpointPrefix());
  }

  public static boolean unwrapsSingleResult(ServiceMetadata m) {
    return m.protocol() == Protocol.QUERY && UNWRAP_SINGLE_RESULT.contains(m.endpointPrefix());
  }

  /** How the service's records write timestamps. */
  public static Optional<TimestampStyle> timestamps(ServiceMetadata m) {
    return Optional.of(
        switch (m.protocol()) {
          case QUERY, JSON, SMITHY_RPC_V2_CBOR -> TimestampStyle.JAVA_DATE;
          case EC2 -> TimestampStyle.EPOCH_MILLIS;
          default ->
              REST_WITH_JAVA_DATES.contains(m.endpointPrefix())
                  ? TimestampStyle.JAVA_DATE
                  : TimestampStyle.ISO_8601;
        });
  }

  /** The member naming of a service that is neither EC2 nor S3. */
  public static NamingStrategy naming(ServiceMetadata m) {
    if (m.protocol() == Protocol.CLOUDTRAIL || keepsApiCasing(m)) {
      return NamingStrategy.memberName();
    }
    if (JACKSON_NAMES.contains(m.endpointPrefix())) {
      return NamingStrategy.jacksonFirst();
    }
    return NamingStrategy.cloudTrailDefault();
  }

  /**
   * Whether CloudTrail marks the event read-only. AWS classifies by action; the verbs below are the
   * read-only ones across services (Get, List, Describe, ...), as CloudTrail's own {@code readOnly}
   * field shows in the dev corpus.
   */
  public static boolean readOnly(ServiceMetadata service, String operation) {
    if (READ_ONLY_SERVICES.contains(service.endpointPrefix())) {
      return true;
    }
    for (String verb : READ_ONLY_VERBS) {
      if (operation.startsWith(verb)
          && (operation.length() == verb.length()
              || Character.isUpperCase(operation.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Services whose read-only calls still log their response: STS's GetSessionToken and
   * GetFederationToken log the issued credentials (records, and EventBridge's exception for them).
   */
  private static final Set<String> READ_ONLY_WITH_RESPONSES = Set.of("sts");

  /** Whether CloudTrail logs {@code "responseElements": null} for the service's read-only calls. */
  public static boolean readOnlyResponsesAreNull(ServiceMetadata m) {
    return m.protocol() != Protocol.CLOUDTRAIL
        && !READ_ONLY_WITH_RESPONSES.contains(m.endpointPrefix());
  }

  /**
   * Services all of whose events CloudTrail marks read-only: STS (38 AssumeRole records of the dev
   * corpus say {@code readOnly: true}; STS changes no resource).
   */
  private static final Set<String> READ_ONLY_SERVICES = Set.of("sts");

  private static final String[] READ_ONLY_VERBS = {
    "Get",
    "List",
    "Describe",
    "Head",
    "Search",
    "Lookup",
    "BatchGet",
    "Query",
    "Scan",
    "Select",
    "Download",
    "Check",
    "Estimate",
    "Preview",
    "Simulate",
    "Validate",
    "View",
    "Test",
    "Verify",
    "Decrypt",
    "Encrypt",
    "GenerateDataKey",
    "Sign"
  };
}
