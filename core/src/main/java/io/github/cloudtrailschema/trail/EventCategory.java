package io.github.cloudtrailschema.trail;

import java.util.Locale;
import java.util.Optional;

/**
 * The record's {@code eventCategory}: which kind of event a trail must be set up to log.
 * Management events are logged by every trail by default; data events only with a data-event
 * selector on their resource type; network activity events only with a selector on their event
 * source; Insights events only when Insights is on.
 */
public enum EventCategory {
  MANAGEMENT("Management"),
  DATA("Data"),
  NETWORK_ACTIVITY("NetworkActivity"),
  INSIGHT("Insight");

  private final String recordValue;

  EventCategory(String recordValue) {
    this.recordValue = recordValue;
  }

  /** As the record writes it: {@code Management}, {@code Data}, ... */
  public String recordValue() {
    return recordValue;
  }

  /** {@code management}, {@code data}, {@code network-activity}, {@code insight}: as typed. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The record value or the label, any case ({@code Data}, {@code data}, {@code network-activity}). */
  public static Optional<EventCategory> parse(String s) {
    for (EventCategory c : values()) {
      if (c.recordValue.equalsIgnoreCase(s) || c.label().equalsIgnoreCase(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return recordValue;
  }
}
