package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Operation;

/**
 * One protocol family's way of writing an operation into a CloudTrail record: which members appear
 * under which keys, how lists and wrappers look, what CloudTrail adds. Chosen per service by {@link
 * EventSchemas}.
 */
public interface EventShaper {
  /** The part of the record {@code op} fills in direction {@code d}. */
  EventStructure shape(Operation op, RecordPart d);

  /**
   * The rules for expanding shapes of {@code op} in direction {@code d}; {@code check} uses them to
   * expand a recursive shape again where a real record goes deeper than the cut.
   */
  WalkRules rules(Operation op, RecordPart d);
}
