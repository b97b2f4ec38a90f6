package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.trail.EventCategory;
import java.util.Set;

/**
 * Which events a query may return: its services, mutating only, its category, and the field's
 * events.
 */
final class EventFilter {
  private final TermIndex index;
  private final boolean[] serviceAllowed;
  private final boolean mutatingOnly;
  private final java.util.Optional<EventCategory> category;
  private final java.util.BitSet fieldEvents;

  EventFilter(
      TermIndex index,
      Set<String> eventSources,
      boolean mutatingOnly,
      java.util.Optional<EventCategory> category,
      java.util.BitSet fieldEvents) {
    this.index = index;
    this.mutatingOnly = mutatingOnly;
    this.category = category;
    this.fieldEvents = fieldEvents;
    if (eventSources.isEmpty()) {
      serviceAllowed = null;
    } else {
      serviceAllowed = new boolean[index.serviceNames.length];
      for (int s = 0; s < serviceAllowed.length; s++) {
        serviceAllowed[s] = eventSources.contains(index.eventSources[s]);
      }
    }
  }

  boolean accepts(int event) {
    if (fieldEvents != null && !fieldEvents.get(event)) {
      return false;
    }
    if (serviceAllowed == null && !mutatingOnly && category.isEmpty()) {
      return true;
    }
    TermIndex.Head h = index.head(event);
    return (serviceAllowed == null || serviceAllowed[h.service()])
        && !(mutatingOnly && (h.flags() & IndexFormat.READ_ONLY) != 0)
        && category.map(c -> c == SearchIndex.category(h.flags())).orElse(true);
  }
}
