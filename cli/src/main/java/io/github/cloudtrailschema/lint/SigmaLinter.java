package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sigma rules for CloudTrail ({@code logsource: {product: aws, service: cloudtrail}}): every {@code
 * eventSource} and {@code eventName} value, with its modifiers, matches a real event, and every
 * other field exists in the events the rule selects.
 */
final class SigmaLinter {
  /** At most this many events are checked for a field when a wildcard selects many. */
  private static final int MAX_EVENTS = 50;

  private final EventCatalog events;

  SigmaLinter(EventCatalog events) {
    this.events = events;
  }

  static boolean accepts(SourceNode doc) {
    return doc instanceof SourceNode.Map m
        && m.get("logsource").orElse(null) instanceof SourceNode.Map ls
        && ls.text("product").orElse("").equals("aws")
        && ls.text("service").orElse("").equals("cloudtrail");
  }

  /** One {@code field|modifiers: values} of a selection. */
  private record Item(String field, List<String> modifiers, SourceNode.Scalar key, List<SourceNode.Scalar> values) {}

  void lint(SourceNode.Map doc, Findings f) {
    if (!(doc.get("detection").orElse(null) instanceof SourceNode.Map detection)) {
      return;
    }
    List<List<Item>> selections = new ArrayList<>();
    for (SourceNode.Entry e : detection.entries()) {
      if (!Set.of("condition", "timeframe").contains(e.key().value())) {
        selections.addAll(selections(e.value()));
      }
    }
    Set<String> ruleSources = new LinkedHashSet<>();
    for (List<Item> sel : selections) {
      ruleSources.addAll(sources(sel, f));
    }
    Set<EventSchema> ruleEvents = new LinkedHashSet<>();
    List<Set<EventSchema>> perSelection = new ArrayList<>();
    for (List<Item> sel : selections) {
      Set<String> own = sourcesQuiet(sel);
      Set<String> scope = !own.isEmpty() ? own : !ruleSources.isEmpty() ? ruleSources : events.sources();
      Set<EventSchema> found = names(sel, scope, f);
      perSelection.add(found);
      ruleEvents.addAll(found);
    }
    for (int i = 0; i < selections.size(); i++) {
      Set<EventSchema> scope = !perSelection.get(i).isEmpty() ? perSelection.get(i) : ruleEvents;
      if (scope.isEmpty()) {
        continue;
      }
      List<EventSchema> list = new ArrayList<>(scope).subList(0, Math.min(MAX_EVENTS, scope.size()));
      for (Item item : selections.get(i)) {
        if (!Set.of("eventSource", "eventName").contains(item.field())) {
          Fields.exists(events, list, List.of(item.field().split("\\.")),
              item.key().position(), f);
          if (item.modifiers().isEmpty()) {
            EnvelopeValues.check(item.field(), item.values(), list, f);
          }
        }
      }
    }
  }

  private static List<List<Item>> selections(SourceNode n) {
    List<List<Item>> out = new ArrayList<>();
    if (n instanceof SourceNode.Map m) {
      List<Item> items = new ArrayList<>();
      for (SourceNode.Entry e : m.entries()) {
        String[] parts = e.key().value().split("\\|");
        items.add(new Item(parts[0], Arrays.asList(parts).subList(1, parts.length), e.key(),
            Values.exact(Optional.of(e.value()))));
      }
      out.add(items);
    } else if (n instanceof SourceNode.Seq s) {
      for (SourceNode item : s.items()) {
        if (item instanceof SourceNode.Map) {
          out.addAll(selections(item));
        }
      }
    }
    return out;
  }

  private Set<String> sources(List<Item> sel, Findings f) {
    Set<String> out = new LinkedHashSet<>();
    for (Item item : sel) {
      if (!item.field().equals("eventSource")) {
        continue;
      }
      for (SourceNode.Scalar v : item.values()) {
        Optional<SigmaMatcher> m = SigmaMatcher.of(v.value(), item.modifiers());
        if (m.isEmpty()) {
          continue;
        }
        List<String> hits = events.sources().stream().filter(m.get()::matches).toList();
        if (hits.isEmpty()) {
          f.error(v.position(), "no CloudTrail event source matches " + v.value(),
              Findings.didYouMean(events.suggestSource(v.value())));
        }
        out.addAll(hits);
      }
    }
    return out;
  }

  private Set<String> sourcesQuiet(List<Item> sel) {
    return sources(sel, new Findings(""));
  }

  private Set<EventSchema> names(List<Item> sel, Set<String> scope, Findings f) {
    Set<EventSchema> found = new LinkedHashSet<>();
    for (Item item : sel) {
      if (!item.field().equals("eventName")) {
        continue;
      }
      for (SourceNode.Scalar v : item.values()) {
        Optional<SigmaMatcher> m = SigmaMatcher.of(v.value(), item.modifiers());
        if (m.isPresent()) {
          name(v, m.get(), scope, found, f);
        }
      }
    }
    return found;
  }

  private void name(SourceNode.Scalar v, SigmaMatcher m, Set<String> scope, Set<EventSchema> found,
      Findings f) {
    boolean any = false;
    for (String source : scope) {
      for (String name : events.names(source)) {
        if (m.matches(name)) {
          any = true;
          if (found.size() < MAX_EVENTS) {
            events.lookup(source, name).event().ifPresent(found::add);
          }
        }
      }
    }
    if (any) {
      if (m.exact()) {
        found.stream()
            .filter(e -> e.eventName().equals(v.value()))
            .forEach(e -> EnvelopeValues.dataEvent(e, v.position(), "the rule", f));
      }
      return;
    }
    String message =
        EventChecks.noEvent(v.value(), scope.size() == events.sources().size() ? List.of() : scope);
    f.error(v.position(), m.exact() ? message : message.replace("named", "matching"),
        suggestion(v.value(), m, scope));
  }

  private Optional<String> suggestion(String value, SigmaMatcher m, Set<String> scope) {
    if (!m.exact()) {
      return Optional.empty();
    }
    for (String source : scope) {
      EventCatalog.Lookup l = events.lookup(source, value);
      if (l.event().isPresent()) {
        return Optional.of(value + " is logged as " + l.loggedAs().get(0));
      }
    }
    List<String> names = new ArrayList<>();
    for (String s : scope) {
      names.addAll(events.names(s));
    }
    Optional<String> close =
        io.github.cloudtrailschema.trail.Suggestions.closest(value, names, 1).stream().findFirst();
    if (close.isPresent() || scope.size() == events.sources().size()) {
      return Findings.didYouMean(close);
    }
    List<String> elsewhere = events.sourcesOf(value);
    return elsewhere.isEmpty()
        ? Optional.empty()
        : Optional.of(value + " is logged by " + String.join(", ", elsewhere));
  }
}
