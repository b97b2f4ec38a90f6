package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a service to the {@code eventSource} CloudTrail writes for it.
 *
 * <p>AWS documents the event source as "typically the short service name + .amazonaws.com". From
 * the models' metadata, and checked against every event source of the dev corpus:
 *
 * <ul>
 *   <li>the endpoint prefix ({@code iam}, {@code monitoring}, {@code elasticfilesystem});
 *   <li>the signing name where the prefix carries a host label ({@code api.ecr} logs as {@code
 *       ecr}) or is the signing name plus a qualifier ({@code bedrock-agent}, {@code cloudhsmv2},
 *       {@code s3-control} log as {@code bedrock}, {@code cloudhsm}, {@code s3});
 *   <li>a few curated exceptions, each with evidence in the comments below.
 * </ul>
 *
 * <p>For recognising real records, a service answers to every source it plausibly logs under
 * ({@link #eventSources}): the primary one, its endpoint prefix and its signing name.
 */
public final class EventSourceResolver {
  private static final String SUFFIX = ".amazonaws.com";

  /**
   * A signing name plus a data-plane or version qualifier: {@code bedrock-agent-runtime}, {@code
   * s3-control}, {@code cloudhsmv2}. Not any suffix: {@code servicecatalog-appregistry} is a
   * product of its own and logs as itself.
   */
  private static final Set<String> QUALIFIERS =
      Set.of("-runtime", "-agent", "-agent-runtime", "-events", "-control", "-data");

  /**
   * Endpoint prefix → event source, where no metadata rule gives it.
   *
   * <ul>
   *   <li>{@code email}: SES's shared endpoint (SES records: {@code ses.amazonaws.com}).
   *   <li>{@code oidc}, {@code portal.sso}: IAM Identity Center's OIDC and portal APIs log as
   *       {@code sso.amazonaws.com} (CreateToken records).
   *   <li>{@code streams.dynamodb}: DynamoDB Streams' data events (GetRecords, GetShardIterator,
   *       DescribeStream, ListStreams) log under {@code dynamodb.amazonaws.com}, the table's
   *       service: the DynamoDB developer guide, "Logging DynamoDB operations by using AWS
   *       CloudTrail" (resource type {@code AWS::DynamoDB::Stream}),
   *       https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/logging-using-cloudtrail.html
   *       ; the EventBridge reference gives one source for both, events-ref-dynamodb.
   *   <li>{@code featurestore-runtime.sagemaker}: Feature Store runtime data events (PutRecord,
   *       GetRecord, DeleteRecord, BatchGetRecord) log under {@code sagemaker.amazonaws.com}
   *       (resource type {@code AWS::SageMaker::FeatureGroup}): SageMaker developer guide,
   *       "Logging Amazon SageMaker AI API calls using AWS CloudTrail",
   *       https://docs.aws.amazon.com/sagemaker/latest/dg/logging-using-cloudtrail.html .
   *   <li>{@code metrics.sagemaker}: SageMaker Metrics' BatchPutMetrics logs as {@code
   *       metrics-sagemaker.amazonaws.com} (same guide; issue 8).
   * </ul>
   *
   * (AppStream 2.0 signs as {@code appstream} but logs as {@code appstream2}, its prefix, per
   * trailscraper's table of observed sources: a bare digit is not a qualifier, so no entry.)
   */
  private static final Map<String, String> CURATED =
      Map.of(
          "email", "ses",
          "oidc", "sso",
          "portal.sso", "sso",
          "streams.dynamodb", "dynamodb",
          "featurestore-runtime.sagemaker", "sagemaker",
          "metrics.sagemaker", "metrics-sagemaker");

  /**
   * Extra sources a service is also seen under: Macie v2 calls logged as {@code macie}; the
   * Identity Store's directory events as {@code sso} and {@code sso-directory} (IAM Identity
   * Center user guide, "Logging IAM Identity Center API calls with AWS CloudTrail": Identity Store
   * directory events carry {@code sso-directory.amazonaws.com},
   * https://docs.aws.amazon.com/singlesignon/latest/userguide/logging-using-cloudtrail.html).
   */
  private static final Map<String, List<String>> ALSO_SEEN =
      Map.of("macie2", List.of("macie"), "identitystore", List.of("sso", "sso-directory"));

  /**
   * Operations of one model that CloudTrail logs under a source of their own (service endpoint
   * prefix, NUL, operation → source prefix):
   *
   * <ul>
   *   <li>S3 Express One Zone: "The eventsource for CloudTrail management events for directory
   *       buckets is s3express.amazonaws.com" (ListDirectoryBuckets), and its zonal data events
   *       (CreateSession) likewise: S3 user guide, "Logging with AWS CloudTrail for directory
   *       buckets", https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-one-zone-logging.html
   *       .
   *   <li>S3 Object Lambda (WriteGetObjectResponse): {@code s3-banner.amazonaws.com}, EventBridge
   *       events reference "Amazon Simple Storage Service Object Lambda events",
   *       https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-s3-banner.html .
   * </ul>
   */
  private static final Map<String, String> OPERATION_SOURCES =
      Map.of(
          "s3\u0000CreateSession", "s3express",
          "s3\u0000ListDirectoryBuckets", "s3express",
          "s3\u0000WriteGetObjectResponse", "s3-banner");

  /**
   * Sources a whole model's operations are also logged under: S3's operations on directory buckets
   * under {@code s3express} (CreateBucket, PutBucketPolicy, ...; the guide above) and on S3 Tables'
   * table storage under {@code s3tables} (GetObject, PutObject: S3 user guide, "AWS CloudTrail data
   * event log file examples for S3 Tables",
   * https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-log-files.html).
   */
  private static final Map<String, List<String>> MODEL_ALSO_SEEN =
      Map.of("s3", List.of("s3express", "s3tables", "s3-banner"));

  private EventSourceResolver() {}

  /** The source of one operation's events: {@link #eventSource(ServiceMetadata)} but for a few. */
  public static String eventSource(ServiceMetadata m, String operation) {
    String own = OPERATION_SOURCES.get(m.endpointPrefix() + '\u0000' + operation);
    return own != null ? own + SUFFIX : eventSource(m);
  }

  /** {@code iam.amazonaws.com}. */
  public static String eventSource(ServiceMetadata m) {
    return prefix(m) + SUFFIX;
  }

  /** The EventBridge {@code source} of the service's CloudTrail events: {@code aws.iam}. */
  public static String eventBridgeSource(ServiceMetadata m) {
    return "aws." + prefix(m);
  }

  /** Every event source the service's events may carry, the primary one first. */
  public static Set<String> eventSources(ServiceMetadata m) {
    Set<String> all = new LinkedHashSet<>();
    all.add(eventSource(m));
    for (String also : MODEL_ALSO_SEEN.getOrDefault(m.endpointPrefix(), List.of())) {
      all.add(also + SUFFIX);
    }
    if (m.cloudTrailEventSource().isPresent()) {
      return all;
    }
    String endpoint = m.endpointPrefix();
    all.add((endpoint.startsWith("api.") ? endpoint.substring(4) : endpoint) + SUFFIX);
    all.add(m.signingName() + SUFFIX);
    for (String also : ALSO_SEEN.getOrDefault(endpoint, List.of())) {
      all.add(also + SUFFIX);
    }
    return all;
  }

  private static String prefix(ServiceMetadata m) {
    if (m.cloudTrailEventSource().isPresent()) {
      String source = m.cloudTrailEventSource().get();
      return source.endsWith(SUFFIX)
          ? source.substring(0, source.length() - SUFFIX.length())
          : source;
    }
    String endpoint = m.endpointPrefix();
    String signing = m.signingName();
    if (CURATED.containsKey(endpoint)) {
      return CURATED.get(endpoint);
    }
    if (endpoint.startsWith("api.") && !signing.contains(".")) {
      return signing;
    }
    if (!signing.equals(endpoint)
        && endpoint.startsWith(signing)
        && qualifier(endpoint.substring(signing.length()))) {
      return signing;
    }
    return endpoint;
  }

  /** {@code -runtime}, {@code v2}: no regex, this runs for every service of the listing. */
  private static boolean qualifier(String rest) {
    if (QUALIFIERS.contains(rest)) {
      return true;
    }
    if (rest.length() < 2 || rest.charAt(0) != 'v') {
      return false;
    }
    for (int i = 1; i < rest.length(); i++) {
      if (!Character.isDigit(rest.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Strips {@code .amazonaws.com} from an event source, or returns null if it has no such suffix.
   */
  public static String stripSuffix(String eventSource) {
    return eventSource.endsWith(SUFFIX)
        ? eventSource.substring(0, eventSource.length() - SUFFIX.length())
        : null;
  }
}
