package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 *       UpdateDistribution2020_05_31}); older records log that name, newer ones the bare name with
 *       the version in {@code apiVersion}.
 *   <li>S3 logs some events under their IAM action names ({@code GetBucketPublicAccessBlock} for
 *       {@code GetPublicAccessBlock}): a curated table, as the S3 CloudTrail documentation lists.
 * </ul>
 */
public final class EventNames {

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
      String version = uriVersion(op.requestUri());
      if (version != null && version.compareTo("2019") < 0) {
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
    String bare = withoutCloudFrontVersion(op.name());
    if (isCloudFront(service) && bare != null) {
      // The model names operations with their version; records now log the bare name.
      names.add(bare);
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
    String lambda = withoutLambdaVersion(eventName);
    if (lambda != null) {
      names.add(lambda);
    }
    String cloudFront = withoutCloudFrontVersion(eventName);
    if (cloudFront != null) {
      names.add(cloudFront);
    }
    return names;
  }

  // Hand-written matching rather than regular expressions: these run on the start-up path of
  // every show, where compiling a pattern costs more than the rest of the look-up.

  /** {@code /2015-03-31/functions} → {@code 20150331}; null when the URI has no version. */
  static String uriVersion(String uri) {
    if (uri.length() < 12 || uri.charAt(0) != '/' || uri.charAt(11) != '/') {
      return null;
    }
    String date = uri.substring(1, 11);
    return isDate(date, '-') ? date.replace("-", "") : null;
  }

  /** {@code CreateFunction20150331v2} → {@code CreateFunction}; null without such a suffix. */
  static String withoutLambdaVersion(String name) {
    int end = name.length();
    int v = name.lastIndexOf('v');
    if (v > 0 && v < end - 1 && digits(name, v + 1, end)) {
      end = v;
    }
    return end > 8 && digits(name, end - 8, end) ? name.substring(0, end - 8) : null;
  }

  /** {@code UpdateDistribution2020_05_31} → {@code UpdateDistribution}; null without. */
  static String withoutCloudFrontVersion(String name) {
    int n = name.length();
    return n > 10 && isDate(name.substring(n - 10), '_') ? name.substring(0, n - 10) : null;
  }

  private static boolean isDate(String s, char sep) {
    return s.length() == 10
        && s.charAt(4) == sep
        && s.charAt(7) == sep
        && digits(s, 0, 4)
        && digits(s, 5, 7)
        && digits(s, 8, 10);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return from < to;
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
