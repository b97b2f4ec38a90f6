package io.github.cloudtrailschema.trail;
import io.github.cloudtrailschema.model.EventType;


/** How EventBridge delivers a CloudTrail record: its {@code source} and {@code detail-type}. */
public final class EventBridgeFacts {
  public static final String SIGN_IN_SOURCE = "signin.amazonaws.com";

  /** The rule state without which EventBridge drops read-only events. */
  public static final String ALL_MANAGEMENT_EVENTS =
      "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

  private EventBridgeFacts() {}

  /** Console sign-ins come from {@code signin.amazonaws.com} and have their own detail-type. */
  public static boolean isSignIn(EventIdentity e) {
    return e.eventSource().equals(SIGN_IN_SOURCE) || e.eventType() == EventType.AWS_CONSOLE_SIGN_IN;
  }

  /**
   * {@code AWS API Call via CloudTrail}; sign-ins as Cloud Custodian's {@code mu.py} matches them;
   * service events and console actions by their own names (EventBridge events reference).
   */
  public static String detailType(EventIdentity e) {
    if (isSignIn(e)) {
      return "AWS Console Sign In via CloudTrail";
    }
    if (e.eventType() == EventType.AWS_SERVICE_EVENT) {
      return "AWS Service Event via CloudTrail";
    }
    if (e.eventType() == EventType.AWS_CONSOLE_ACTION) {
      return "AWS Console Action via CloudTrail";
    }
    return "AWS API Call via CloudTrail";
  }

  /** {@code aws.} plus the event source's prefix: {@code aws.iam}, {@code aws.monitoring}. */
  public static String source(EventIdentity e) {
    String prefix = EventSourceResolver.stripSuffix(e.eventSource());
    return "aws." + (prefix != null ? prefix : e.eventSource());
  }

  /** The service part of the event source, for ARNs and hosts: {@code iam}. */
  public static String servicePrefix(EventIdentity e) {
    String prefix = EventSourceResolver.stripSuffix(e.eventSource());
    return prefix != null ? prefix : e.eventSource();
  }

  /**
   * Whether EventBridge delivers the event only to rules in state {@link #ALL_MANAGEMENT_EVENTS}:
   * read-only management events, except STS's GetSessionToken and GetFederationToken. Data events
   * reach rules in state ENABLED, once a trail logs them (EventBridge user guide, "AWS service
   * events delivered via AWS CloudTrail").
   */
  public static boolean needsAllManagementEvents(EventIdentity e) {
    if (!e.readOnly() || e.category() != EventCategory.MANAGEMENT) {
      return false;
    }
    return !(e.eventSource().equals("sts.amazonaws.com")
        && (e.eventName().equals("GetSessionToken") || e.eventName().equals("GetFederationToken")));
  }
}
