package io.github.cloudtrailschema.scan;

import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates records per eventSource and eventName. Not thread-safe by design: each worker fills
 * its own, per file, and merges a file's inventory only once the file was read to the end, so a
 * file that fails half-way (or is retried) leaves no trace in the totals.
 */
final class Inventory implements java.io.Serializable {
  // Serializable, as EventStats and KeyFilter: PartialScan's pieces travel between machines.
  private static final long serialVersionUID = 1L;

  private final KeyFilter filter;
  private final boolean withPaths;
  // Nested maps so that a lookup needs no concatenated key per record.
  private final Map<String, Map<String, EventStats>> bySource = new HashMap<>();
  private static final FieldPath REQUEST = FieldPath.of("requestParameters");
  private static final FieldPath RESPONSE = FieldPath.of("responseElements");

  private final Set<FieldPath> recordPaths = new HashSet<>();
  private long filtered;

  Inventory(KeyFilter filter, boolean withPaths) {
    this.filter = filter;
    this.withPaths = withPaths;
  }

  void add(RecordSummary r) {
    if (filter.filtersRecords()
        && !filter.acceptsRecord(r.recipientAccountId, r.awsRegion, r.eventTime)) {
      filtered++;
      return;
    }
    EventStats stats =
        bySource
            .computeIfAbsent(r.eventSource, k -> new HashMap<>())
            .computeIfAbsent(r.eventName, k -> new EventStats());
    stats.add(r);
    if (withPaths) {
      recordPaths.clear();
      ObservedPaths.flatten(r.requestParameters, REQUEST, recordPaths::add);
      ObservedPaths.flatten(r.responseElements, RESPONSE, recordPaths::add);
      stats.addPaths(recordPaths);
    }
  }

  void merge(Inventory o) {
    filtered += o.filtered;
    o.bySource.forEach(
        (source, names) -> {
          Map<String, EventStats> mine = bySource.computeIfAbsent(source, k -> new HashMap<>());
          names.forEach(
              (name, stats) -> mine.computeIfAbsent(name, k -> new EventStats()).merge(stats));
        });
  }

  long filtered() {
    return filtered;
  }

  /** The events sorted by eventSource, then eventName: output never depends on thread timing. */
  List<EventReport> reports(PathExplainer explainer) {
    List<EventReport> out = new ArrayList<>();
    bySource.forEach(
        (source, names) ->
            names.forEach((name, stats) -> out.add(stats.report(source, name, explainer))));
    out.sort(Comparator.comparing(EventReport::eventSource).thenComparing(EventReport::eventName));
    return out;
  }
}
