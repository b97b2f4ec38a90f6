package io.github.cloudtrailschema.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a check: records, events recognised, leaves explained, per event and per service, and
 * the unexplained paths with their counts. Not thread-safe: one per thread, then {@link #merge}.
 */
public final class CheckReport {
  /** Counts for one (eventSource, eventName). */
  public static final class EventTally {
    public long records;
    public long leaves;
    public long explained;

    /** Of {@link #explained}, the leaves explained only by an alternative spelling. */
    public long byAlternative;

    /** Of {@link #explained}, the leaves no model has that the user's logs showed. */
    public long byLogs;

    public String reason = "";

    /** Path explained only by an alternative spelling → count. */
    public final Map<String, Long> alternatives = new TreeMap<>();

    /** Unexplained path → [unknown field count, wrong type count]. */
    public final Map<String, long[]> unexplained = new TreeMap<>();
  }

  private final Map<String, EventTally> events = new TreeMap<>();
  private long records;
  private long recognised;
  private long leaves;
  private long explained;
  private long byAlternative;
  private long byLogs;
  private long recognisedFromLogs;

  public void add(RecordCheck c) {
    records++;
    EventTally t =
        events.computeIfAbsent(c.eventSource() + "\t" + c.eventName(), k -> new EventTally());
    t.records++;
    if (!c.recognised()) {
      t.reason = c.reason();
      return;
    }
    recognised++;
    if (c.event().get().service().learned(c.event().get().operation().name())
        .map(e -> !e.modelled())
        .orElse(false)) {
      recognisedFromLogs++;
    }
    for (LeafCheck l : c.leaves()) {
      leaves++;
      t.leaves++;
      if (l.explained()) {
        explained++;
        t.explained++;
        if (l.status() == LeafCheck.Status.EXPLAINED_BY_ALTERNATIVE) {
          byAlternative++;
          t.byAlternative++;
          t.alternatives.merge(l.text(), 1L, Long::sum);
        } else if (l.status() == LeafCheck.Status.EXPLAINED_BY_LOGS) {
          byLogs++;
          t.byLogs++;
        }
      } else {
        long[] n = t.unexplained.computeIfAbsent(l.text(), k -> new long[2]);
        n[l.status() == LeafCheck.Status.UNKNOWN_FIELD ? 0 : 1]++;
      }
    }
  }

  public void merge(CheckReport other) {
    records += other.records;
    recognised += other.recognised;
    leaves += other.leaves;
    explained += other.explained;
    byAlternative += other.byAlternative;
    byLogs += other.byLogs;
    recognisedFromLogs += other.recognisedFromLogs;
    other.events.forEach(
        (k, o) -> {
          EventTally t = events.computeIfAbsent(k, x -> new EventTally());
          t.records += o.records;
          t.leaves += o.leaves;
          t.explained += o.explained;
          t.byAlternative += o.byAlternative;
          t.byLogs += o.byLogs;
          o.alternatives.forEach((p, n) -> t.alternatives.merge(p, n, Long::sum));
          if (t.reason.isEmpty()) {
            t.reason = o.reason;
          }
          o.unexplained.forEach(
              (p, n) -> {
                long[] m = t.unexplained.computeIfAbsent(p, x -> new long[2]);
                m[0] += n[0];
                m[1] += n[1];
              });
        });
  }

  public long records() {
    return records;
  }

  public long recognised() {
    return recognised;
  }

  public long leaves() {
    return leaves;
  }

  public long explained() {
    return explained;
  }

  /**
   * Of {@link #explained()}, the leaves explained only by a spelling the schema lists as an
   * alternative (a key or an event name "also logged as"), not by the name it shows.
   */
  public long explainedByAlternative() {
    return byAlternative;
  }

  /** Of {@link #explained()}, the leaves no model has that the user's logs showed (learn). */
  public long explainedByLogs() {
    return byLogs;
  }

  /** Of {@link #recognised()}, the records of events no model has that the user's logs showed. */
  public long recognisedFromLogs() {
    return recognisedFromLogs;
  }

  /** Per (eventSource TAB eventName), sorted. */
  public Map<String, EventTally> events() {
    return events;
  }

  /** Per event source: [records, recognised, leaves, explained]. */
  public Map<String, long[]> bySource() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, EventTally> e : events.entrySet()) {
      String source = e.getKey().substring(0, e.getKey().indexOf('\t'));
      long[] n = out.computeIfAbsent(source, k -> new long[4]);
      EventTally t = e.getValue();
      n[0] += t.records;
      n[1] += t.reason.isEmpty() ? t.records : 0;
      n[2] += t.leaves;
      n[3] += t.explained;
    }
    return out;
  }
}
