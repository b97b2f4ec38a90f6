package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.path.LeafPath;
import java.util.List;
import java.util.Optional;

/** The checks every rule language shares: an event exists as named; a field exists in it. */
final class EventChecks {
  private EventChecks() {}

  /**
   * The event named by a (source, name) pair, or empty after reporting why there is none.
   *
   * @param exactly why the spelling matters, for the message ("Custodian matches eventName
   *     exactly")
   */
  static Optional<EventSchema> resolve(
      EventCatalog events,
      SourceNode.Scalar source,
      SourceNode.Scalar name,
      String exactly,
      Findings f) {
    if (!events.sources().contains(source.value())) {
      f.error(
          source.position(),
          "unknown event source '" + source.value() + "'",
          Findings.didYouMean(events.suggestSource(source.value())));
      return Optional.empty();
    }
    EventCatalog.Lookup l = events.lookup(source.value(), name.value());
    if (l.event().isEmpty()) {
      f.error(
          name.position(),
          noEvent(name.value(), List.of(source.value())),
          nameSuggestion(events, source.value(), name.value()));
      return Optional.empty();
    }
    if (!l.exact(name.value())) {
      f.error(
          name.position(),
          name.value() + " is logged as " + l.loggedAs().get(0) + " (" + exactly + ")",
          Optional.of("use " + String.join(" or ", l.loggedAs())));
    }
    return l.event();
  }

  /** "no event named X in S" for no, one or several sources. */
  static String noEvent(String name, java.util.Collection<String> sources) {
    String where =
        sources.isEmpty()
            ? "in CloudTrail"
            : (sources.size() == 1 ? "in " : "in any of ") + String.join(", ", sources);
    return "no event named " + name + " " + where;
  }

  /** Closest name under the source, else the sources that do log that name. */
  static Optional<String> nameSuggestion(EventCatalog events, String source, String name) {
    Optional<String> close = events.suggestName(source, name);
    if (close.isPresent()) {
      return Findings.didYouMean(close);
    }
    List<String> elsewhere = events.sourcesOf(name);
    return elsewhere.isEmpty()
        ? Optional.empty()
        : Optional.of(name + " is logged by " + String.join(", ", elsewhere));
  }

  /**
   * Checks that {@code path} (relative to the record) exists in the event; the leaf it ends at, if
   * it exists and ends at one.
   *
   * @param what what names the path, for the message ({@code ids}, {@code key})
   */
  static Optional<LeafPath> path(
      EventCatalog events,
      EventSchema e,
      List<String> path,
      boolean listsImplicit,
      Position at,
      String what,
      Findings f) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    RecordPaths paths = events.paths(e);
    RecordPaths.Match m = paths.match(path, listsImplicit);
    String typed = JmesPaths.notation(path);
    String event = e.eventSource() + " " + e.eventName();
    switch (m.status()) {
      case FOUND -> {
        return m.leaf();
      }
      case NULL_RESPONSE -> f.error(
          at,
          what + " " + typed + " points into responseElements, which " + event
              + " logs as null (a read-only call)",
          Optional.of("use a requestParameters field"));
      case NO_PROJECTION -> f.warning(
          at,
          what + " " + typed + " passes through the list " + m.list()
              + " without a projection and yields null",
          Findings.didYouMean(paths.suggest(typed)));
      case UNKNOWN -> f.error(
          at,
          event + " has no field " + typed,
          Findings.didYouMean(paths.suggest(typed).map(s -> listsImplicit ? s.replace("[]", "") : s)));
    }
    return Optional.empty();
  }
}
