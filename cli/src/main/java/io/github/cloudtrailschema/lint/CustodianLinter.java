package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.trail.CustodianShortcuts;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cloud Custodian policies in CloudTrail mode: each event exists as written (Custodian matches
 * {@code eventName} exactly), {@code ids} is JMESPath naming a field the record has, and every
 * {@code type: event} filter key exists with a plausible value.
 */
final class CustodianLinter {
  /** The EventBridge envelope: what an event filter key may name besides {@code detail.*}. */
  static final Set<String> ENVELOPE =
      Set.of("version", "id", "detail-type", "source", "account", "time", "region", "resources");

  private final EventCatalog events;

  CustodianLinter(EventCatalog events) {
    this.events = events;
  }

  static boolean accepts(SourceNode doc) {
    return doc instanceof SourceNode.Map m && m.get("policies").isPresent();
  }

  void lint(SourceNode.Map doc, Findings f) {
    if (!(doc.get("policies").get() instanceof SourceNode.Seq policies)) {
      f.error(doc.entry("policies").get().key().position(), "policies must be a list");
      return;
    }
    for (SourceNode p : policies.items()) {
      if (p instanceof SourceNode.Map policy
          && policy.get("mode").orElse(null) instanceof SourceNode.Map mode
          && mode.text("type").orElse("").equals("cloudtrail")) {
        List<EventSchema> found = modeEvents(mode, f);
        policy.get("filters").ifPresent(filters -> filters(filters, found, f));
      }
    }
  }

  private List<EventSchema> modeEvents(SourceNode.Map mode, Findings f) {
    List<EventSchema> found = new ArrayList<>();
    if (!(mode.get("events").orElse(null) instanceof SourceNode.Seq list)) {
      f.error(mode.position(), "a cloudtrail mode needs a list of events");
      return found;
    }
    for (SourceNode item : list.items()) {
      if (item instanceof SourceNode.Scalar s) {
        shortcut(s, f).ifPresent(found::add);
      } else if (item instanceof SourceNode.Map m) {
        Optional<EventSchema> e = event(m, f);
        e.ifPresent(found::add);
        e.ifPresent(x -> EnvelopeValues.dataEvent(x, m.position(), "Custodian", f));
      }
    }
    return found;
  }

  private Optional<EventSchema> shortcut(SourceNode.Scalar s, Findings f) {
    Optional<CustodianShortcuts.Shortcut> sc = CustodianShortcuts.byName(s.value());
    if (sc.isEmpty()) {
      f.error(
          s.position(),
          "'" + s.value() + "' is not one of Custodian's event shortcuts",
          Findings.didYouMean(
                  Suggestions.closest(s.value(), CustodianShortcuts.all().keySet(), 1).stream()
                      .findFirst())
              .or(() -> Optional.of("write {source: ..., event: " + s.value() + ", ids: ...}")));
      return Optional.empty();
    }
    return events.lookup(sc.get().eventSource(), sc.get().eventName()).event();
  }

  private Optional<EventSchema> event(SourceNode.Map m, Findings f) {
    Optional<SourceNode.Scalar> source = scalar(m, "source");
    Optional<SourceNode.Scalar> name = scalar(m, "event");
    if (source.isEmpty() || name.isEmpty()) {
      f.error(m.position(), "an event needs source and event");
      return Optional.empty();
    }
    Optional<EventSchema> e =
        EventChecks.resolve(events, source.get(), name.get(), "Custodian matches eventName exactly", f);
    Optional<SourceNode.Scalar> ids = scalar(m, "ids");
    if (ids.isEmpty()) {
      f.error(
          m.position(),
          "the event has no ids: Custodian fails with 'No id query configured'",
          Optional.of("add ids: a JMESPath to the resource id, e.g. requestParameters.<name>"));
    } else if (e.isPresent()) {
      ids(ids.get(), e.get(), f);
    }
    return e;
  }

  private void ids(SourceNode.Scalar ids, EventSchema e, Findings f) {
    Optional<String> bad = JmesPaths.error(ids.value());
    if (bad.isPresent()) {
      f.error(ids.position(), "ids is not valid JMESPath: " + bad.get());
      return;
    }
    Optional<List<String>> segs = JmesPaths.segments(ids.value());
    if (segs.isEmpty()) {
      return;
    }
    List<String> path = segs.get();
    if (path.get(0).equals("detail")) {
      path = path.subList(1, path.size()); // Custodian accepts ids with or without detail.
    }
    EventChecks.path(events, e, path, false, ids.position(), "ids", f);
  }

  private void filters(SourceNode filters, List<EventSchema> found, Findings f) {
    if (!(filters instanceof SourceNode.Seq seq)) {
      return;
    }
    for (SourceNode item : seq.items()) {
      if (!(item instanceof SourceNode.Map m)) {
        continue;
      }
      for (String block : List.of("and", "or", "not")) {
        m.get(block).ifPresent(b -> filters(b, found, f));
      }
      if (m.text("type").orElse("").equals("event")) {
        eventFilter(m, found, f);
      }
    }
  }

  private void eventFilter(SourceNode.Map m, List<EventSchema> found, Findings f) {
    Optional<SourceNode.Scalar> key = scalar(m, "key");
    if (key.isEmpty()) {
      f.error(m.position(), "an event filter needs a key");
      return;
    }
    Optional<String> bad = JmesPaths.error(key.get().value());
    if (bad.isPresent()) {
      f.error(key.get().position(), "key is not valid JMESPath: " + bad.get());
      return;
    }
    Optional<List<String>> segs = JmesPaths.segments(key.get().value());
    if (segs.isEmpty() || found.isEmpty()) {
      return;
    }
    String first = segs.get().get(0);
    if (!first.equals("detail")) {
      if (!ENVELOPE.contains(first) && events.paths(found.get(0)).has(first)) {
        f.error(
            key.get().position(),
            "event filter keys are read from the EventBridge event, where the record is under detail",
            Optional.of("did you mean detail." + key.get().value() + "?"));
      } else if (!ENVELOPE.contains(first)) {
        f.error(key.get().position(), "the EventBridge event has no field '" + first + "'");
      }
      return;
    }
    List<String> path = segs.get().subList(1, segs.get().size());
    for (EventSchema e : found) {
      EventChecks.path(events, e, path, false, key.get().position(), "key", f)
          .ifPresent(leaf -> ValueChecks.check(m, leaf, f));
    }
    if (path.size() == 1) {
      EnvelopeValues.check(path.get(0), Values.exact(m.get("value")), found, f);
    }
  }

  private static Optional<SourceNode.Scalar> scalar(SourceNode.Map m, String key) {
    return m.get(key)
        .filter(SourceNode.Scalar.class::isInstance)
        .map(SourceNode.Scalar.class::cast);
  }
}
