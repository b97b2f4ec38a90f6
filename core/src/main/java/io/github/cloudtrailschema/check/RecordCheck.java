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
 * @param envelope the record's envelope facts compared with the schema's (category, readOnly,
 *     resources types, ...): each a disagreement, or empty where it agrees
 */
public record RecordCheck(
    String eventSource,
    String eventName,
    Optional<EventSchema> event,
    String reason,
    List<LeafCheck> leaves,
    List<EnvelopeFinding> envelope) {
  public RecordCheck {
    leaves = List.copyOf(leaves);
    envelope = List.copyOf(envelope);
  }

  /**
   * One envelope fact of the record compared with the schema.
   *
   * @param disagreement empty when the record agrees, else what it says against the schema
   */
  public record EnvelopeFinding(String fact, String disagreement) {
    public boolean agrees() {
      return disagreement.isEmpty();
    }
  }

  public boolean recognised() {
    return event.isPresent();
  }

  public long explained() {
    return leaves.stream().filter(LeafCheck::explained).count();
  }
}
