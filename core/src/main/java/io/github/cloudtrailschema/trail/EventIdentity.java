package io.github.cloudtrailschema.trail;
import io.github.cloudtrailschema.model.EventType;

/**
 * What names an event in a CloudTrail record and decides how it is delivered: the facts of {@link
 * EventBridgeFacts} need no more than this.
 *
 * @param eventSource {@code iam.amazonaws.com}
 * @param eventName the name CloudTrail logs
 * @param eventType {@code AwsApiCall}, {@code AwsConsoleSignIn}, {@code AwsServiceEvent}, ...
 * @param readOnly whether the record says {@code readOnly: true}
 * @param category its {@code eventCategory}: EventBridge sees a data event only when a trail logs it
 */
public record EventIdentity(
    String eventSource,
    String eventName,
    EventType eventType,
    boolean readOnly,
    EventCategory category) {}
