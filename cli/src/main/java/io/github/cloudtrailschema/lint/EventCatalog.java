package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.check.EventIndex;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The events lint checks against: {@code check}'s {@link EventIndex} for sources and names, each
 * event's {@link RecordPaths} for fields. Everything is computed on first use and cached, so a
 * folder of rules about the same events loads each model once.
 */
public final class EventCatalog {
  /**
   * What a (source, name) pair is.
   *
   * @param event the event, found under the name or another spelling of it
   * @param loggedAs the names CloudTrail logs it under; the pair's name is one of them unless the
   *     rule used the API operation's name ({@code CreateFunction} for {@code
   *     CreateFunction20150331})
   */
  public record Lookup(Optional<EventSchema> event, List<String> loggedAs) {
    public boolean exact(String name) {
      return loggedAs.contains(name);
    }
  }

  private final ModelCatalog catalog;
  private final EventIndex index;
  private final Map<String, List<String>> names = new HashMap<>();
  private final Map<String, RecordPaths> paths = new HashMap<>();
  private SortedSet<String> sources;

  public EventCatalog(ModelCatalog catalog) {
    this.catalog = catalog;
    this.index = new EventIndex(catalog);
  }

  /** Every event source, sorted. */
  public SortedSet<String> sources() {
    if (sources == null) {
      sources = index.eventSources();
    }
    return sources;
  }

  /** The event names logged under {@code source}, sorted; empty for an unknown source. */
  public List<String> names(String source) {
    return names.computeIfAbsent(source, this::computeNames);
  }

  private List<String> computeNames(String source) {
    TreeSet<String> out = new TreeSet<>();
    for (ServiceSummary s : index.services(source)) {
      ServiceModel model = catalog.load(s.name(), false);
      for (Operation op : model.operations().values()) {
        out.addAll(EventNames.eventNames(s.metadata(), op));
      }
    }
    return List.copyOf(out);
  }

  /** The sources that log an event named exactly {@code name} (loads every model once). */
  public List<String> sourcesOf(String name) {
    List<String> out = new ArrayList<>();
    for (String source : sources()) {
      if (names(source).contains(name)) {
        out.add(source);
      }
    }
    return out;
  }

  /** Looks an event up as CloudTrail records would name it. */
  public Lookup lookup(String source, String name) {
    EventIndex.Resolution r = index.resolve(source, name, null);
    if (r.event().isEmpty()) {
      return new Lookup(Optional.empty(), List.of());
    }
    EventSchema e = r.event().get();
    List<String> logged = new ArrayList<>();
    logged.add(e.eventName());
    logged.addAll(e.eventNameAlternatives());
    return new Lookup(Optional.of(e), logged);
  }

  /** The event's record paths. */
  public RecordPaths paths(EventSchema e) {
    return paths.computeIfAbsent(
        e.eventSource() + " " + e.eventName(), k -> RecordPaths.of(e, catalog.envelope()));
  }

  /** The CloudTrail event source of an EventBridge source ({@code aws.iam}), if any. */
  public Optional<String> sourceOfEventBridge(String eventBridgeSource) {
    for (String s : sources()) {
      String prefix = EventSourceResolver.stripSuffix(s);
      if (eventBridgeSource.equals("aws." + (prefix != null ? prefix : s))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A suggestion for an unknown event source: its full form, or the closest source. */
  public Optional<String> suggestSource(String typed) {
    String bare = typed.startsWith("aws.") ? typed.substring(4) : typed;
    if (sources().contains(bare + ".amazonaws.com")) {
      return Optional.of(bare + ".amazonaws.com");
    }
    return Suggestions.closest(typed, sources(), 1).stream().findFirst();
  }

  /** A suggestion for an unknown event name under {@code source}. */
  public Optional<String> suggestName(String source, String typed) {
    return Suggestions.closest(typed, names(source), 1).stream().findFirst();
  }
}
