package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.Map;

/**
 * Maps a service to the {@code eventSource} CloudTrail writes for it.
 *
 * <p>The rule, from AWS documentation ("typically the short service name + .amazonaws.com") and
 * real records: the endpoint prefix, except where the prefix carries a host label ({@code api.ecr}
 * logs as {@code ecr.amazonaws.com}, {@code api.sagemaker} as {@code sagemaker}) or names a shared
 * endpoint ({@code email} is SES, which logs as {@code ses.amazonaws.com}); then the signing name.
 * Prefixes with a dot that is part of the name ({@code models.lex}, {@code streams.dynamodb}) stay.
 */
public final class EventSourceResolver {
  private static final String SUFFIX = ".amazonaws.com";

  /** Endpoint prefixes that are shared endpoints rather than the logged service name. */
  private static final Map<String, String> SHARED_ENDPOINTS = Map.of("email", "ses");

  private EventSourceResolver() {}

  /** {@code iam.amazonaws.com}. */
  public static String eventSource(ServiceMetadata m) {
    return prefix(m) + SUFFIX;
  }

  /** The EventBridge {@code source} of the service's CloudTrail events: {@code aws.iam}. */
  public static String eventBridgeSource(ServiceMetadata m) {
    return "aws." + prefix(m);
  }

  private static String prefix(ServiceMetadata m) {
    String endpoint = m.endpointPrefix();
    if (SHARED_ENDPOINTS.containsKey(endpoint)) {
      return SHARED_ENDPOINTS.get(endpoint);
    }
    if (endpoint.startsWith("api.") && !m.signingName().contains(".")) {
      return m.signingName();
    }
    return endpoint;
  }

  /** Strips {@code .amazonaws.com} from an event source, or returns null if it has no such suffix. */
  public static String stripSuffix(String eventSource) {
    return eventSource.endsWith(SUFFIX)
        ? eventSource.substring(0, eventSource.length() - SUFFIX.length())
        : null;
  }
}
