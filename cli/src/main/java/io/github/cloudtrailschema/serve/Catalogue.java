package io.github.cloudtrailschema.serve;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The explorer's view of a {@link ModelCatalog}: services, a service's events, and an event found
 * by the {@code (eventSource, eventName)} a deep link or a CloudTrail record carries. Models load
 * with documentation (the event page shows it) and the catalogue caches them.
 */
public final class Catalogue {
  private final ModelCatalog catalog;

  public Catalogue(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  public ModelCatalog models() {
    return catalog;
  }

  public List<ServiceSummary> services() {
    return catalog.services();
  }

  /** The service of that exact catalogue name. */
  public Optional<ServiceModel> service(String name) {
    for (ServiceSummary s : catalog.services()) {
      if (s.name().equals(name)) {
        return Optional.of(catalog.load(name, true));
      }
    }
    return Optional.empty();
  }

  /** The service's events, in model order; nothing is walked (list pages must be quick). */
  public static List<EventEntry> events(ServiceModel service) {
    EventSchemas schemas = new EventSchemas(service);
    List<EventEntry> out = new ArrayList<>();
    for (Operation op : service.operations().values()) {
      EventSchema e = schemas.of(op, EnumSet.noneOf(RecordPart.class));
      out.add(
          new EventEntry(
              service.name(),
              e.eventSource(),
              e.eventName(),
              op.name(),
              e.eventType().toString(),
              e.readOnly(),
              e.category() == io.github.cloudtrailschema.trail.EventCategory.DATA,
              op.deprecated(),
              HtmlText.firstSentence(op.documentation())));
    }
    return out;
  }

  /**
   * The event logged as {@code eventName} under {@code eventSource}: services whose primary source
   * it is come first, in catalogue order, then services that also log under it; either spelling
   * of a versioned name matches, in any case.
   */
  public Optional<EventSchema> event(String eventSource, String eventName) {
    for (boolean primary : new boolean[] {true, false}) {
      for (ServiceSummary s : catalog.services()) {
        boolean matches =
            primary
                ? EventSourceResolver.eventSource(s.metadata()).equals(eventSource)
                : EventSourceResolver.eventSources(s.metadata()).contains(eventSource);
        if (matches) {
          Optional<EventSchema> found = find(catalog.load(s.name(), true), eventName);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<EventSchema> find(ServiceModel service, String eventName) {
    EventSchemas schemas = new EventSchemas(service);
    String wanted = eventName.toLowerCase(Locale.ROOT);
    for (Operation op : service.operations().values()) {
      List<String> names =
          io.github.cloudtrailschema.trail.EventNames.eventNames(service.metadata(), op);
      for (String n : names) {
        if (n.toLowerCase(Locale.ROOT).equals(wanted)) {
          return Optional.of(schemas.of(op));
        }
      }
    }
    return Optional.empty();
  }
}
