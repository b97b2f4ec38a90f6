package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code eventName} CloudTrail logs for an operation, and the operation a logged name means.
 *
 * <ul>
 *   <li>Lambda appends the API version of the operation's URI: {@code /2015-03-31/functions} →
 *       {@code CreateFunction20150331}, {@code /2017-03-31/tags} → {@code ListTags20170331}, some
 *       with a further {@code v2} ({@code UpdateFunctionConfiguration20150331v2}) that the model
 *       cannot predict; operations whose URI version is 2019 or later carry none ({@code
 *       GetFunctionCodeSigningConfig}). Every Lambda record of the dev corpus fits.
 *   <li>CloudFront: the model names operations with their API version ({@code
 *       UpdateDistribution2020_05_31}); older records log that name, newer ones the bare name
 *       with the version in {@code apiVersion}.
 *   <li>S3 logs some events under their IAM action names ({@code GetBucketPublicAccessBlock} for
 *       {@code GetPublicAccessBlock}): a curated table, as the S3 CloudTrail documentation lists.
 * </ul>
 */
public final class EventNames {
  private static final Pattern URI_VERSION = Pattern.compile("^/(\\d{4})-(\\d{2})-(\\d{2})/");
  private static final Pattern LAMBDA_SUFFIX = Pattern.compile("^(.+?)\\d{8}(v\\d+)?$");
  private static final Pattern CLOUDFRONT_SUFFIX = Pattern.compile("^(.+?)\\d{4}_\\d{2}_\\d{2}$");

  /** S3 control (account-level) event name → API operation, where they differ. */
  private static final Map<String, String> S3_CONTROL_EVENT_NAMES =
      Map.of(
          "GetAccountPublicAccessBlock", "GetPublicAccessBlock",
          "PutAccountPublicAccessBlock", "PutPublicAccessBlock",
          "DeleteAccountPublicAccessBlock", "DeletePublicAccessBlock");

  /** S3 event name → API operation, where they differ. */
  private static final Map<String, String> S3_EVENT_NAMES =
      Map.ofEntries(
          Map.entry("GetBucketLifecycle", "GetBucketLifecycleConfiguration"),
          Map.entry("PutBucketLifecycle", "PutBucketLifecycleConfiguration"),
          Map.entry("GetBucketPublicAccessBlock", "GetPublicAccessBlock"),
          Map.entry("PutBucketPublicAccessBlock", "PutPublicAccessBlock"),
          Map.entry("DeleteBucketPublicAccessBlock", "DeletePublicAccessBlock"),
          Map.entry("GetAccelerateConfiguration", "GetBucketAccelerateConfiguration"),
          Map.entry("PutAccelerateConfiguration", "PutBucketAccelerateConfiguration"),
          Map.entry("GetBucketObjectLockConfiguration", "GetObjectLockConfiguration"),
          Map.entry("PutBucketObjectLockConfiguration", "PutObjectLockConfiguration"),
          Map.entry("ListBucket", "ListObjects"),
          Map.entry("ListAllMyBuckets", "ListBuckets"),
          Map.entry("ListBucketVersions", "ListObjectVersions"),
          Map.entry("ListBucketMultipartUploads", "ListMultipartUploads"));

  private EventNames() {}

  /** The name CloudTrail logs for {@code op}, then other names it is known to log. */
  public static List<String> eventNames(ServiceMetadata service, Operation op) {
    List<String> names = new ArrayList<>();
    if (isLambda(service)) {
      Matcher m = URI_VERSION.matcher(op.requestUri());
      if (m.find() && m.group(1).compareTo("2019") < 0) {
        String version = m.group(1) + m.group(2) + m.group(3);
        names.add(op.name() + version);
        names.add(op.name() + version + "v2");
        return names;
      }
    }
    if (isS3(service)) {
      for (Map.Entry<String, String> e : s3Names(service).entrySet()) {
        if (e.getValue().equals(op.name()) && !names.contains(e.getKey())) {
          names.add(e.getKey());
        }
      }
      names.sort(null);
    }
    Matcher versioned = CLOUDFRONT_SUFFIX.matcher(op.name());
    if (isCloudFront(service) && versioned.matches()) {
      // The model names operations with their version; records now log the bare name.
      names.add(versioned.group(1));
    }
    names.add(op.name());
    return names;
  }

  /** The operation names a logged event name may stand for, most likely first. */
  public static List<String> operationCandidates(ServiceMetadata service, String eventName) {
    List<String> names = new ArrayList<>();
    names.add(eventName);
    if (isS3(service) && s3Names(service).containsKey(eventName)) {
      names.add(s3Names(service).get(eventName));
    }
    if (isCloudFront(service)) {
      names.add(eventName + service.apiVersion().replace('-', '_'));
    }
    Optional.of(LAMBDA_SUFFIX.matcher(eventName)).filter(Matcher::matches).ifPresent(m -> names.add(m.group(1)));
    Optional.of(CLOUDFRONT_SUFFIX.matcher(eventName)).filter(Matcher::matches).ifPresent(m -> names.add(m.group(1)));
    return names;
  }

  private static Map<String, String> s3Names(ServiceMetadata s) {
    return s.endpointPrefix().equals("s3-control") ? S3_CONTROL_EVENT_NAMES : S3_EVENT_NAMES;
  }

  private static boolean isCloudFront(ServiceMetadata s) {
    return s.endpointPrefix().equals("cloudfront");
  }

  private static boolean isLambda(ServiceMetadata s) {
    return s.endpointPrefix().equals("lambda");
  }

  private static boolean isS3(ServiceMetadata s) {
    return s.signingName().equals("s3");
  }
}
