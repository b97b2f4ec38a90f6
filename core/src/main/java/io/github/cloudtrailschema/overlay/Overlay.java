package io.github.cloudtrailschema.overlay;

import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.model.LearnedField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An overlay: the events and field paths the user's logs showed that the models lack or spell
 * otherwise, with counts and first/last seen. Immutable.
 *
 * @param file where it is kept
 * @param digest a checksum of the file's content: what was derived from a catalogue with this
 *     overlay (its search index) is keyed by it
 * @param events sorted by event source, then name
 */
public record Overlay(Path file, String digest, List<LearnedEvent> events) {
  public Overlay {
    events = List.copyOf(events);
  }

  /** How many field paths it holds, over every event. */
  public int fieldCount() {
    return events.stream().mapToInt(e -> e.fields().size()).sum();
  }

  /**
   * Two runs' worth of learning as one: counts add up, first and last seen widen, types join. The
   * result is sorted as a file is written, so the same learning gives the same file.
   */
  public static List<LearnedEvent> merge(List<LearnedEvent> a, List<LearnedEvent> b) {
    Map<String, LearnedEvent> events = new TreeMap<>();
    for (LearnedEvent e : concat(a, b)) {
      events.merge(e.eventSource() + "\t" + e.eventName(), sorted(e), Overlay::merge);
    }
    return List.copyOf(events.values());
  }

  private static LearnedEvent merge(LearnedEvent x, LearnedEvent y) {
    Map<String, LearnedField> fields = new TreeMap<>();
    for (LearnedField f : concat(x.fields(), y.fields())) {
      fields.merge(f.path(), f, Overlay::merge);
    }
    return new LearnedEvent(
        x.eventSource(),
        x.eventName(),
        x.records() + y.records(),
        first(x.firstSeen(), y.firstSeen()),
        last(x.lastSeen(), y.lastSeen()),
        x.modelled(),
        List.copyOf(fields.values()));
  }

  private static LearnedField merge(LearnedField x, LearnedField y) {
    TreeSet<String> types = new TreeSet<>(x.types());
    types.addAll(y.types());
    return new LearnedField(
        x.path(),
        List.copyOf(types),
        x.records() + y.records(),
        first(x.firstSeen(), y.firstSeen()),
        last(x.lastSeen(), y.lastSeen()));
  }

  private static LearnedEvent sorted(LearnedEvent e) {
    Map<String, LearnedField> fields = new TreeMap<>();
    e.fields().forEach(f -> fields.merge(f.path(), f, Overlay::merge));
    return new LearnedEvent(
        e.eventSource(),
        e.eventName(),
        e.records(),
        e.firstSeen(),
        e.lastSeen(),
        e.modelled(),
        List.copyOf(fields.values()));
  }

  /** eventTime is ISO-8601 UTC text, which sorts as time does; empty is unknown. */
  static String first(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
  }

  static String last(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) >= 0 ? a : b;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
