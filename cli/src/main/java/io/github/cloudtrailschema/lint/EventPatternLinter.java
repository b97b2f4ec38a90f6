package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.event.ruler.RuleCompiler;

/**
 * EventBridge event patterns for CloudTrail events, alone or in CloudFormation / SAM templates:
 * syntax as AWS's matcher judges it, {@code detail.eventSource}/{@code detail.eventName} that exist
 * and agree with {@code source} and {@code detail-type}, request and response keys that exist,
 * and read-only events that a default rule never receives.
 */
final class EventPatternLinter {
  private static final Set<String> TOP =
      Set.of("version", "id", "detail-type", "source", "account", "time", "region", "resources",
          "detail", "replay-name");

  private final EventCatalog events;

  EventPatternLinter(EventCatalog events) {
    this.events = events;
  }

  /** A pattern on its own: a JSON object with EventBridge's or CloudTrail's top-level keys. */
  static boolean isPattern(SourceNode doc) {
    return doc instanceof SourceNode.Map m
        && (m.get("detail-type").isPresent() || m.get("detail").isPresent()
            || (m.get("source").isPresent() && m.get("policies").isEmpty())
            || m.get("eventName").isPresent());
  }

  /** The patterns of a CloudFormation/SAM template, each with whether its rule gets reads. */
  static List<Pattern> patterns(SourceNode doc) {
    List<Pattern> out = new ArrayList<>();
    if (!(doc instanceof SourceNode.Map m) || !(m.get("Resources").orElse(null) instanceof SourceNode.Map rs)) {
      return out;
    }
    for (SourceNode.Entry r : rs.entries()) {
      if (!(r.value() instanceof SourceNode.Map res)
          || !(res.get("Properties").orElse(null) instanceof SourceNode.Map props)) {
        continue;
      }
      if (res.text("Type").orElse("").equals("AWS::Events::Rule")
          && props.get("EventPattern").orElse(null) instanceof SourceNode.Map p) {
        boolean all = props.text("State").orElse("").equals(EventBridgeFacts.ALL_MANAGEMENT_EVENTS);
        out.add(new Pattern(p, all));
      }
      if (props.get("Events").orElse(null) instanceof SourceNode.Map evs) {
        for (SourceNode.Entry e : evs.entries()) {
          if (e.value() instanceof SourceNode.Map ev
              && Set.of("EventBridgeRule", "CloudWatchEvent").contains(ev.text("Type").orElse(""))
              && ev.get("Properties").orElse(null) instanceof SourceNode.Map evp
              && evp.get("Pattern").orElse(null) instanceof SourceNode.Map p) {
            out.add(new Pattern(p, evp.text("State").orElse("").equals(EventBridgeFacts.ALL_MANAGEMENT_EVENTS)));
          }
        }
      }
    }
    return out;
  }

  /** A pattern and whether its rule receives read-only management events. */
  record Pattern(SourceNode.Map pattern, boolean allManagementEvents) {}

  void lint(Pattern p, Findings f) {
    SourceNode.Map m = p.pattern();
    if (!SourceJson.hasTags(m)) {
      String bad = RuleCompiler.check(SourceJson.write(m));
      if (bad != null) {
        // The matcher's message ends with a position in its own serialisation, not in the file.
        String why = YamlTrees.oneLine(bad).replaceAll(" at \\[Source:.*$", "");
        f.error(m.position(), "invalid event pattern: " + why);
        return;
      }
    }
    for (SourceNode.Entry e : m.entries()) {
      String k = e.key().value();
      if (!TOP.contains(k)) {
        f.error(
            e.key().position(),
            "EventBridge events have no top-level field " + k
                + (Set.of("eventName", "eventSource", "requestParameters", "responseElements",
                        "userIdentity").contains(k) ? "; the CloudTrail record is under detail" : ""),
            Optional.of("did you mean detail." + k + "?"));
      }
    }
    SourceNode.Map detail =
        m.get("detail")
            .filter(SourceNode.Map.class::isInstance)
            .map(SourceNode.Map.class::cast)
            .orElse(null);
    List<SourceNode.Scalar> sources = Values.exact(m.get("source"));
    List<SourceNode.Scalar> types = Values.exact(m.get("detail-type"));
    List<SourceNode.Scalar> eventSources = detail == null ? List.of() : Values.exact(detail.get("eventSource"));
    List<SourceNode.Scalar> names =
        detail == null ? List.of() : Values.exact(detail.get("eventName"));
    List<String> candidates = candidateSources(sources, eventSources, f);
    List<EventSchema> found = new ArrayList<>();
    for (SourceNode.Scalar name : names) {
      Optional<EventSchema> e = resolve(name, candidates, f);
      e.ifPresent(found::add);
      e.ifPresent(x -> agree(x, name, sources, types, p.allManagementEvents(), f));
    }
    if (detail != null && !found.isEmpty()) {
      fields(detail, new ArrayList<>(), found, f);
    }
  }

  private List<String> candidateSources(
      List<SourceNode.Scalar> sources, List<SourceNode.Scalar> eventSources, Findings f) {
    List<String> out = new ArrayList<>();
    for (SourceNode.Scalar s : eventSources) {
      if (!events.sources().contains(s.value())) {
        f.error(s.position(), "unknown event source '" + s.value() + "'",
            Findings.didYouMean(events.suggestSource(s.value())));
        continue;
      }
      out.add(s.value());
      String eb = "aws." + s.value().replace(".amazonaws.com", "");
      if (!sources.isEmpty() && sources.stream().noneMatch(x -> x.value().equals(eb))) {
        f.error(s.position(), "EventBridge delivers events of " + s.value() + " with source " + eb
            + ", which the pattern's source does not list", Optional.of("add " + eb + " to source"));
      }
    }
    if (out.isEmpty()) {
      for (SourceNode.Scalar s : sources) {
        events.sourceOfEventBridge(s.value()).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<EventSchema> resolve(
      SourceNode.Scalar name, List<String> candidates, Findings f) {
    List<String> sources = candidates.isEmpty() ? events.sourcesOf(name.value()) : candidates;
    for (String s : sources) {
      EventCatalog.Lookup l = events.lookup(s, name.value());
      if (l.event().isPresent()) {
        if (!l.exact(name.value())) {
          f.error(name.position(), name.value() + " is logged as " + l.loggedAs().get(0)
              + " (EventBridge matches eventName exactly)", Optional.of("use " + String.join(" or ", l.loggedAs())));
        }
        return l.event();
      }
    }
    f.error(name.position(), EventChecks.noEvent(name.value(), candidates),
        candidates.isEmpty() ? Optional.empty()
            : EventChecks.nameSuggestion(events, candidates.get(0), name.value()));
    return Optional.empty();
  }

  private void agree(EventSchema e, SourceNode.Scalar name, List<SourceNode.Scalar> sources,
      List<SourceNode.Scalar> types, boolean all, Findings f) {
    String type = EventBridgeFacts.detailType(e.identity());
    if (!types.isEmpty() && types.stream().noneMatch(t -> t.value().equals(type))) {
      f.error(types.get(0).position(), e.eventName() + " is delivered with detail-type '" + type + "'",
          Optional.of("add \"" + type + "\" to detail-type"));
    }
    String eb = EventBridgeFacts.source(e.identity());
    if (!sources.isEmpty() && sources.stream().noneMatch(s -> s.value().equals(eb))) {
      f.error(sources.get(0).position(), e.eventName() + " is delivered with source " + eb,
          Optional.of("add " + eb + " to source"));
    }
    if (!all && EventBridgeFacts.needsAllManagementEvents(e.identity())) {
      f.warning(name.position(), e.eventName() + " is read-only: EventBridge delivers it only to rules"
          + " in state " + EventBridgeFacts.ALL_MANAGEMENT_EVENTS, Optional.empty());
    }
    EnvelopeValues.dataEvent(e, name.position(), "EventBridge", f);
  }

  /** Every key under detail whose value is a list of matchers names a field of the record. */
  private void fields(SourceNode.Map node, List<String> path, List<EventSchema> found, Findings f) {
    for (SourceNode.Entry e : node.entries()) {
      List<String> p = new ArrayList<>(path);
      p.add(e.key().value());
      if (e.value() instanceof SourceNode.Map sub) {
        fields(sub, p, found, f);
      } else if (!(p.size() == 1 && Set.of("eventSource", "eventName").contains(p.get(0)))) {
        Fields.exists(events, found, p, e.key().position(), f);
        if (p.size() == 1) {
          EnvelopeValues.check(p.get(0), Values.exact(Optional.of(e.value())), found, f);
        }
      }
    }
  }
}
