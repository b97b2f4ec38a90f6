package io.github.cloudtrailschema.learn;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.check.LeafCheck;
import io.github.cloudtrailschema.check.RecordCheck;
import io.github.cloudtrailschema.check.RecordChecker;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.model.LearnedField;
import io.github.cloudtrailschema.overlay.OverlayPaths;
import io.github.cloudtrailschema.scan.KeyFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What one thread learned from the records it read: per event, how often and when it was seen, and
 * each leaf no model explains with its JSON types, how often and when. Never a value: a record's
 * values are read only for their type. Not thread-safe: one per thread, then {@link #merge}.
 */
final class Learner {
  private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,200}\\.amazonaws\\.com");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,255}");
  private static final Pattern TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z?");

  private final RecordChecker checker;
  private final KeyFilter filter;
  private final Map<String, Tally> events = new HashMap<>();
  long records;
  long filtered;
  long unnamed;

  Learner(RecordChecker checker, KeyFilter filter) {
    this.checker = checker;
    this.filter = filter;
  }

  /** Counts of one event or one path. */
  private static final class Tally {
    long records;
    String first = "";
    String last = "";
    boolean modelled = true;
    final Set<String> types = new TreeSet<>();
    final Map<String, Tally> fields = new HashMap<>();

    void seen(String time) {
      records++;
      if (!time.isEmpty()) {
        first = first.isEmpty() || time.compareTo(first) < 0 ? time : first;
        last = last.isEmpty() || time.compareTo(last) > 0 ? time : last;
      }
    }

    void merge(Tally o) {
      records += o.records;
      first = first.isEmpty() ? o.first : o.first.isEmpty() || first.compareTo(o.first) <= 0 ? first : o.first;
      last = last.isEmpty() ? o.last : o.last.isEmpty() || last.compareTo(o.last) >= 0 ? last : o.last;
      modelled &= o.modelled;
      types.addAll(o.types);
      o.fields.forEach((p, t) -> fields.computeIfAbsent(p, k -> new Tally()).merge(t));
    }
  }

  void add(JsonNode record) {
    String source = text(record, "eventSource");
    String name = text(record, "eventName");
    if (!SOURCE.matcher(source).matches() || !NAME.matcher(name).matches()) {
      unnamed++; // not a name CloudTrail writes: nothing to learn under it
      return;
    }
    String time = text(record, "eventTime");
    if (filter.filtersRecords()
        && !filter.acceptsRecord(
            text(record, "recipientAccountId"), text(record, "awsRegion"), time)) {
      filtered++;
      return;
    }
    records++;
    RecordCheck c = checker.check(record);
    List<LeafCheck> leaves = c.recognised() ? c.leaves() : checker.unknownLeaves(record);
    Tally event = events.computeIfAbsent(source + "\t" + name, k -> new Tally());
    String when = TIME.matcher(time).matches() ? time : "";
    event.seen(when);
    event.modelled &= c.recognised();
    Map<String, Set<String>> paths = new TreeMap<>(); // each path once per record
    for (LeafCheck l : leaves) {
      if (c.recognised() && l.explained()) {
        continue;
      }
      paths
          .computeIfAbsent(l.overlayPath(), k -> new TreeSet<>())
          .addAll(LeafTypes.of(record, l.path(), l.emptyObject()));
    }
    paths.forEach(
        (p, types) -> {
          Tally f = event.fields.computeIfAbsent(p, k -> new Tally());
          f.seen(when);
          f.types.addAll(types.isEmpty() ? Set.of("null") : types);
        });
  }

  private static String text(JsonNode record, String field) {
    JsonNode v = record.get(field);
    return v != null && v.isTextual() ? v.asText() : "";
  }

  void merge(Learner other) {
    records += other.records;
    filtered += other.filtered;
    unnamed += other.unnamed;
    other.events.forEach((k, t) -> events.computeIfAbsent(k, x -> new Tally()).merge(t));
  }

  /**
   * What is worth keeping: each event no model has, and each event the models have whose records
   * carried fields they do not explain. An event the models explain whole teaches nothing.
   */
  List<LearnedEvent> learned() {
    List<LearnedEvent> out = new ArrayList<>();
    new TreeMap<>(events)
        .forEach(
            (key, t) -> {
              if (t.modelled && t.fields.isEmpty()) {
                return;
              }
              String[] sn = key.split("\t", 2);
              List<LearnedField> fields = new ArrayList<>();
              new TreeMap<>(t.fields)
                  .forEach(
                      (p, f) ->
                          fields.add(
                              new LearnedField(p, List.copyOf(f.types), f.records, f.first, f.last)));
              out.add(new LearnedEvent(sn[0], sn[1], t.records, t.first, t.last, t.modelled, fields));
            });
    return out;
  }
}
