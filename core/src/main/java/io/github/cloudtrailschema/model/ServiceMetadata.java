package io.github.cloudtrailschema.model;

import java.util.Optional;

/**
 * A service's identity and protocol, from the model's {@code metadata} block.
 *
 * @param name the catalogue name, which users type ({@code iam}, {@code ec2}, {@code s3})
 * @param signingName the SigV4 signing name; equals the endpoint prefix when the model omits it
 * @param protocol the wire protocol; {@link Protocol#CLOUDTRAIL} for curated non-API events
 * @param cloudTrailEventSource the event source, where it is stated rather than derived (curated
 *     events; the Smithy trait of the same name)
 */
public record ServiceMetadata(
    String name,
    String apiVersion,
    String endpointPrefix,
    String signingName,
    String serviceId,
    String fullName,
    Optional<String> abbreviation,
    Protocol protocol,
    Optional<String> targetPrefix,
    Optional<String> globalEndpoint,
    Optional<String> cloudTrailEventSource,
    ModelOrigin origin) {}
