package io.github.cloudtrailschema.scan;

import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The running tallies of one event: mutable, confined to one thread, merged at the end. */
final class EventStats implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private long count;
  private long errors;
  private String firstSeen;
  private String lastSeen;
  private long readOnlyTrue;
  private long readOnlyFalse;
  private final Set<String> principals = new HashSet<>();
  private final Map<FieldPath, long[]> paths = new HashMap<>();

  void add(RecordSummary r) {
    count++;
    if (r.errorCode != null) {
      errors++;
    }
    seen(r.eventTime, r.eventTime);
    if (r.readOnly == 1) {
      readOnlyTrue++;
    } else if (r.readOnly == 0) {
      readOnlyFalse++;
    }
    String principal = r.principal();
    if (principal != null) {
      principals.add(principal);
    }
  }

  /** Counts each path once per record: the caller hands the record's deduplicated paths. */
  void addPaths(Set<FieldPath> recordPaths) {
    for (FieldPath p : recordPaths) {
      paths.computeIfAbsent(p, k -> new long[1])[0]++;
    }
  }

  void merge(EventStats o) {
    count += o.count;
    errors += o.errors;
    seen(o.firstSeen, o.lastSeen);
    readOnlyTrue += o.readOnlyTrue;
    readOnlyFalse += o.readOnlyFalse;
    principals.addAll(o.principals);
    o.paths.forEach((k, v) -> paths.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
  }

  EventReport report(String source, String name, PathExplainer explainer) {
    List<FieldReport> fields = new ArrayList<>();
    paths.keySet().stream()
        .sorted()
        .forEach(
            p ->
                fields.add(
                    new FieldReport(p, paths.get(p)[0], explainer.explain(source, name, p))));
    return new EventReport(
        source,
        name,
        count,
        errors,
        firstSeen,
        lastSeen,
        principals.size(),
        ReadOnly.of(readOnlyTrue, readOnlyFalse),
        fields);
  }

  /** eventTime is ISO-8601 UTC text, which sorts as time does. */
  private void seen(String first, String last) {
    if (first != null && (firstSeen == null || first.compareTo(firstSeen) < 0)) {
      firstSeen = first;
    }
    if (last != null && (lastSeen == null || last.compareTo(lastSeen) > 0)) {
      lastSeen = last;
    }
  }
}
