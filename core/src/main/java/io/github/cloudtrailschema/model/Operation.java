package io.github.cloudtrailschema.model;

import java.util.Optional;

/**
 * An API operation: CloudTrail logs its call as an event named after it.
 *
 * @param input the request shape; absent for operations without parameters
 * @param output the response shape; absent when the call returns nothing
 * @param resultWrapper query protocol: the XML element that wraps the response
 * @param eventType the CloudTrail {@code eventType} of the event this operation is logged as:
 *     {@code AwsApiCall} for API operations; curated non-API events ({@code AwsConsoleSignIn},
 *     {@code AwsServiceEvent}, ...) say theirs
 * @param additionalEventData curated events: the shape of {@code additionalEventData}
 * @param serviceEventDetails curated events: the shape of {@code serviceEventDetails}
 */
public record Operation(
    String name,
    Optional<ShapeId> input,
    Optional<ShapeId> output,
    String documentation,
    String httpMethod,
    String requestUri,
    boolean deprecated,
    Optional<String> resultWrapper,
    EventType eventType,
    Optional<ShapeId> additionalEventData,
    Optional<ShapeId> serviceEventDetails) {

  /** An API operation, logged as an {@code AwsApiCall}. */
  public static Operation apiCall(
      String name,
      Optional<ShapeId> input,
      Optional<ShapeId> output,
      String documentation,
      String httpMethod,
      String requestUri,
      boolean deprecated,
      Optional<String> resultWrapper) {
    return new Operation(
        name,
        input,
        output,
        documentation,
        httpMethod,
        requestUri,
        deprecated,
        resultWrapper,
        EventType.AWS_API_CALL,
        Optional.empty(),
        Optional.empty());
  }

  public boolean isApiCall() {
    return eventType == EventType.AWS_API_CALL;
  }
}
