package io.github.cloudtrailschema.model;

import java.util.Optional;

/**
 * The CloudTrail {@code eventType} of an event: what kind of thing was logged. {@link #toString()}
 * is the value as records write it ({@code AwsApiCall}).
 *
 * <p>Evidence: the CloudTrail record contents reference (eventType); Insights records use {@code
 * AwsCloudTrailInsight} (the CloudTrail Insights fields reference).
 */
public enum EventType {
  /** A call of a public API. */
  AWS_API_CALL("AwsApiCall"),
  /** Something a service did on its own: serviceEventDetails says what. */
  AWS_SERVICE_EVENT("AwsServiceEvent"),
  /** A console action that is not an API call. */
  AWS_CONSOLE_ACTION("AwsConsoleAction"),
  /** A console sign-in, MFA check, role switch. */
  AWS_CONSOLE_SIGN_IN("AwsConsoleSignIn"),
  /** A network activity event: a call through a VPC endpoint. */
  AWS_VPCE_EVENT("AwsVpceEvent"),
  /** An Insights event. */
  AWS_CLOUDTRAIL_INSIGHT("AwsCloudTrailInsight");

  private final String logged;

  EventType(String logged) {
    this.logged = logged;
  }

  /** The value as CloudTrail records write it. */
  @Override
  public String toString() {
    return logged;
  }

  /** The type a record or a curated model names, exactly as records write it. */
  public static Optional<EventType> of(String logged) {
    for (EventType t : values()) {
      if (t.logged.equals(logged)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
