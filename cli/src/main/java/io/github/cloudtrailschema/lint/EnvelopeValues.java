package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.trail.EventCategory;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the record around an event decides, that a rule language cannot see: whether the event is a
 * data event (a trail logs it only with a data-event selector on its type, and only then does
 * EventBridge or Custodian see it), and filters on {@code eventCategory}, {@code managementEvent}
 * or {@code readOnly} with a value the events never have.
 */
final class EnvelopeValues {
  /** The envelope fields whose value the schema knows per event. */
  static final Set<String> FIELDS = Set.of("eventCategory", "managementEvent", "readOnly");

  private EnvelopeValues() {}

  /** A warning that the event is a data event, at where the rule names it. */
  static void dataEvent(EventSchema e, Position at, String who, Findings f) {
    if (e.category() != EventCategory.DATA) {
      return;
    }
    f.warning(
        at,
        e.eventName()
            + (e.facts().categoryInferred()
                ? " is (an inference) a data event"
                : " is a data event")
            + ": CloudTrail logs it, and "
            + who
            + " sees it, only when a trail has a data-event selector on "
            + String.join(" or ", e.facts().dataTypes()),
        Optional.of(
            "cloudtrail-schema "
                + e.service().name()
                + "."
                + e.operation().name()
                + " --format selector prints one"));
  }

  /**
   * A warning when none of {@code values} is what {@code field} holds in any of {@code events}'
   * records: the filter never matches them.
   */
  static void check(
      String field, List<SourceNode.Scalar> values, Collection<EventSchema> events, Findings f) {
    if (!FIELDS.contains(field) || values.isEmpty() || events.isEmpty()) {
      return;
    }
    Set<String> held = new LinkedHashSet<>();
    for (EventSchema e : events) {
      value(field, e).ifPresent(held::add);
    }
    if (held.isEmpty() || values.stream().anyMatch(v -> held.contains(v.value()))) {
      return;
    }
    EventSchema first = events.iterator().next();
    String which =
        events.size() == 1 ? first.eventSource() + " " + first.eventName() : "its events";
    f.warning(
        values.get(0).position(),
        field
            + " is "
            + String.join(" or ", held)
            + " in every record of "
            + which
            + ": a filter on "
            + values.stream().map(SourceNode.Scalar::value).toList()
            + " never matches",
        Optional.empty());
  }

  /** What the records of {@code e} hold in {@code field}; empty where that rests on a guess. */
  private static Optional<String> value(String field, EventSchema e) {
    if (e.facts().categoryInferred() && !field.equals("readOnly")) {
      return Optional.empty();
    }
    return switch (field) {
      case "eventCategory" -> Optional.of(e.category().recordValue());
      case "managementEvent" -> e.facts().managementEvent().map(String::valueOf);
      case "readOnly" -> Optional.of(String.valueOf(e.readOnly()));
      default -> Optional.empty();
    };
  }
}
