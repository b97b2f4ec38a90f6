package io.github.cloudtrailschema.model;

import java.util.List;

/**
 * What a user's own CloudTrail records showed of one event: its name as logged, how often and when
 * it was seen, and the field paths no model explains. Learned by {@code cloudtrail-schema learn},
 * shown beside the model's names, never in their place.
 *
 * @param eventSource as logged
 * @param eventName as logged
 * @param records records of the event read
 * @param firstSeen the earliest eventTime, or empty
 * @param lastSeen the latest, or empty
 * @param modelled whether a model of the catalogue in use has the event; false: only the logs know
 *     it
 * @param fields the paths the model does not explain, sorted by path
 */
public record LearnedEvent(
    String eventSource,
    String eventName,
    long records,
    String firstSeen,
    String lastSeen,
    boolean modelled,
    List<LearnedField> fields) {
  public LearnedEvent {
    fields = List.copyOf(fields);
  }

  public LearnedEvent withModelled(boolean value) {
    return new LearnedEvent(eventSource, eventName, records, firstSeen, lastSeen, value, fields);
  }

  /** {@code seen in your logs: 14 records, 2026-11-02 … 2026-12-01}. */
  public String note() {
    return note(records, firstSeen, lastSeen);
  }

  static String note(long records, String first, String last) {
    String when =
        first.isEmpty()
            ? ""
            : ", " + day(first) + (day(last).equals(day(first)) ? "" : " … " + day(last));
    return "seen in your logs: " + records + (records == 1 ? " record" : " records") + when;
  }

  private static String day(String time) {
    return time.length() >= 10 ? time.substring(0, 10) : time;
  }
}
