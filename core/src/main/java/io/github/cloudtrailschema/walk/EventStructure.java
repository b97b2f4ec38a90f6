package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.Optional;

/**
 * One half of an event: what CloudTrail logs under {@code requestParameters} or {@code
 * responseElements} for an operation.
 *
 * @param root the fields; empty when the operation has no such shape, in which case CloudTrail logs
 *     {@code null}
 */
public record EventStructure(
    ServiceModel service, Operation operation, RecordPart part, Optional<Node.Struct> root) {}
