package io.github.cloudtrailschema.check;

import io.github.cloudtrailschema.walk.EventSchema;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one record.
 *
 * @param event the event the record is, if recognised
 * @param reason why it is not recognised, when it is not
 * @param leaves every leaf of the record's event-specific parts, with its verdict
 */
public record RecordCheck(
    String eventSource,
    String eventName,
    Optional<EventSchema> event,
    String reason,
    List<LeafCheck> leaves) {
  public RecordCheck {
    leaves = List.copyOf(leaves);
  }

  public boolean recognised() {
    return event.isPresent();
  }

  public long explained() {
    return leaves.stream().filter(LeafCheck::explained).count();
  }
}
