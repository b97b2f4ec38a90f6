package io.github.cloudtrailschema.model;

import java.util.Optional;

/**
 * An API operation: CloudTrail logs its call as an event named after it.
 *
 * @param input the request shape; absent for operations without parameters
 * @param output the response shape; absent when the call returns nothing
 * @param resultWrapper query protocol: the XML element that wraps the response
 */
public record Operation(
    String name,
    Optional<ShapeId> input,
    Optional<ShapeId> output,
    String documentation,
    String httpMethod,
    String requestUri,
    boolean deprecated,
    Optional<String> resultWrapper) {}
