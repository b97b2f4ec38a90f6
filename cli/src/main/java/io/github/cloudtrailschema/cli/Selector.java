package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.walk.RecordPart;
import java.util.Optional;

/**
 * What the user asked for: a service, optionally an operation, optionally one direction.
 *
 * @param service the catalogue name
 * @param operation the model's operation name
 */
public record Selector(String service, Optional<String> operation, Optional<RecordPart> part) {}
