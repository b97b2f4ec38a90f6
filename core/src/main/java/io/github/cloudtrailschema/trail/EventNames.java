package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code eventName} CloudTrail logs for an operation, and the operation a logged name means.
 *
 * <ul>
 *   <li>Lambda appends the date of the operation's REST path: {@code /2015-03-31/functions} →
 *       {@code CreateFunction20150331}, {@code /2017-10-31/.../concurrency} → {@code
 *       PutFunctionConcurrency20171031}, {@code /2018-10-31/layers} → {@code
 *       PublishLayerVersion20181031}; paths dated 2019 or later carry none ({@code
 *       GetFunctionCodeSigningConfig}). A few operations add {@code v2} ({@code
 *       AddPermission20150331v2}): the curated table says which, with the Lambda developer guide
 *       as evidence. The bare name and the other suffix stay findable, never primary.
 *   <li>CloudFront: the model names operations with their API version ({@code
 *       UpdateDistribution2020_05_31}); older records log that name, newer ones the bare name with
 *       the version in {@code apiVersion}. CloudFront Functions keep the version (curated).
 *   <li>S3 logs some events under other names ({@code GetBucketLifecycle} for {@code
 *       GetBucketLifecycleConfiguration}, {@code ListObjects} for {@code ListObjectsV2}): the
 *       curated table, from the S3 user guide's list of CloudTrail events.
 * </ul>
 *
 * <p>Curated rows live in {@code curated/event-names.tsv}, each with its evidence.
 */
public final class EventNames {

  private EventNames() {}

  /** The name CloudTrail logs for {@code op}, then other names it is known to log. */
  public static List<String> eventNames(ServiceMetadata service, Operation op) {
    CuratedEventNames table = CuratedEventNames.table();
    String prefix = service.endpointPrefix();
    List<String> names = new ArrayList<>();
    table.logged(prefix, op.name()).ifPresent(names::add);
    boolean versioned = false;
    if (isLambda(service)) {
      String version = uriVersion(op.requestUri());
      if (version != null && version.compareTo("2019") < 0) {
        add(names, op.name() + version);
        add(names, op.name() + version + "v2");
        // The bare name was logged only before the 2015-03-31 API; a rule matching it today never
        // fires (Custodian #3292), so it is not a name CloudTrail logs. Selectors still take it.
        versioned = true;
      }
    }
    String bare = withoutCloudFrontVersion(op.name());
    if (isCloudFront(service) && bare != null) {
      // The model names operations with their version; records now log the bare name.
      add(names, bare);
    }
    if (!versioned) {
      add(names, op.name());
    }
    table.also(prefix, op.name()).forEach(n -> add(names, n));
    return names;
  }

  private static void add(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** The operation names a logged event name may stand for, most likely first. */
  public static List<String> operationCandidates(ServiceMetadata service, String eventName) {
    List<String> names = new ArrayList<>();
    names.add(eventName);
    CuratedEventNames.table()
        .operations(service.endpointPrefix(), eventName)
        .forEach(n -> add(names, n));
    if (isCloudFront(service)) {
      add(names, eventName + service.apiVersion().replace('-', '_'));
    }
    String lambda = withoutLambdaVersion(eventName);
    if (lambda != null) {
      add(names, lambda);
    }
    String cloudFront = withoutCloudFrontVersion(eventName);
    if (cloudFront != null) {
      add(names, cloudFront);
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

  private static boolean isCloudFront(ServiceMetadata s) {
    return s.endpointPrefix().equals("cloudfront");
  }

  private static boolean isLambda(ServiceMetadata s) {
    return s.endpointPrefix().equals("lambda");
  }
}
