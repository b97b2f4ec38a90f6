package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.EventType;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.List;
import java.util.Optional;

/**
 * What the record around an event says of it besides its parameters, and what decides whether a
 * trail logs it: its {@code eventCategory} (with the data-event types a selector must name), the
 * elements of its {@code resources}, the documented keys of its {@code additionalEventData}, and
 * whether its source also has network activity events.
 *
 * @param dataEvents the data-events rows the event is logged under; empty for a management event
 * @param network the source's network activity events, if any (the event's calls through a VPC
 *     endpoint can also be logged as such)
 * @param resources the elements of {@code resources}, in record order
 * @param additionalKeys the documented {@code additionalEventData} keys of the event (added to
 *     what its model declares)
 */
public record RecordFacts(
    EventCategory category,
    List<EventCategories.DataEventRow> dataEvents,
    Optional<EventCategories.NetworkSource> network,
    List<RecordResources.Element> resources,
    List<AdditionalEventData.Key> additionalKeys) {

  public RecordFacts {
    dataEvents = List.copyOf(dataEvents);
    resources = List.copyOf(resources);
    additionalKeys = List.copyOf(additionalKeys);
  }

  /** The facts of an event nothing is known about: a management event with no resources. */
  public static final RecordFacts MANAGEMENT =
      new RecordFacts(EventCategory.MANAGEMENT, List.of(), Optional.empty(), List.of(), List.of());

  /**
   * The facts of one event.
   *
   * @param names the name the event is logged under, then its other names
   */
  public static RecordFacts of(
      ServiceModel service, Operation op, String eventSource, List<String> names) {
    List<EventCategories.DataEventRow> rows =
        EventCategories.rows(service.metadata(), eventSource, names);
    List<String> types = EventCategories.types(rows);
    EventCategory category = rows.isEmpty() ? EventCategory.MANAGEMENT : EventCategory.DATA;
    List<AdditionalEventData.Key> keys =
        AdditionalEventData.of(
            eventSource, names, op.eventType() == EventType.AWS_API_CALL, !rows.isEmpty());
    return new RecordFacts(
        category,
        rows,
        EventCategories.network(eventSource),
        RecordResources.of(service, op, eventSource, names, types),
        keys);
  }

  /**
   * The resources.type values a data-event selector may name to log the event: those its records
   * always name first ({@code AWS::S3::Object} before {@code AWS::S3::AccessPoint}), then table order.
   */
  public List<String> dataTypes() {
    List<String> out = new java.util.ArrayList<>();
    List<String> types = EventCategories.types(dataEvents);
    for (RecordResources.Element e : alwaysResources()) {
      if (types.contains(e.type()) && !out.contains(e.type())) {
        out.add(e.type());
      }
    }
    for (String t : types) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** {@code managementEvent}: true for management events, false for data events. */
  public Optional<Boolean> managementEvent() {
    return switch (category) {
      case MANAGEMENT -> Optional.of(true);
      case DATA -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** Whether the category rests on inference only (every row naming the event is one). */
  public boolean categoryInferred() {
    for (EventCategories.DataEventRow r : dataEvents) {
      if (!r.inferred()) {
        return false;
      }
    }
    return !dataEvents.isEmpty();
  }

  /** The resources elements present in every record of the event (an example shows these). */
  public List<RecordResources.Element> alwaysResources() {
    List<RecordResources.Element> out = new java.util.ArrayList<>();
    for (RecordResources.Element e : resources) {
      if (e.always()) {
        out.add(e);
      }
    }
    return out;
  }
}
