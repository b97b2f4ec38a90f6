package io.github.cloudtrailschema.model;

import java.util.List;

/**
 * A field path a user's own CloudTrail records carried and the model does not explain: its name
 * and JSON types, never a value.
 *
 * @param path in CloudTrail's notation, as {@code check} reports a leaf: {@code
 *     responseElements.instancesSet[].newField}, {@code []} a list element, {@code {}} an empty
 *     object, {@code *} a key that is data (a tag name, an ID)
 * @param types the JSON types seen ({@code string}, {@code integer}, {@code number}, {@code
 *     boolean}, {@code null}, {@code object}, {@code array}), sorted
 * @param records records in which the path occurred
 * @param firstSeen the earliest eventTime of those records, or empty
 * @param lastSeen the latest, or empty
 */
public record LearnedField(
    String path, List<String> types, long records, String firstSeen, String lastSeen) {
  public LearnedField {
    types = List.copyOf(types);
  }

  /** {@code seen in your logs: 14 records, 2026-11-02 … 2026-12-01}. */
  public String note() {
    return LearnedEvent.note(records, firstSeen, lastSeen);
  }
}
