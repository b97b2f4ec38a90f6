package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated table {@code curated/event-names.tsv}: event names no rule derives from the model
 * (Lambda's {@code v2} suffixes, S3's documented names, CloudFront Functions), each row with its
 * evidence. Loaded once, on first use.
 */
final class CuratedEventNames {
  static final String RESOURCE = "/curated/event-names.tsv";

  /** One row: the name CloudTrail logs for an operation, or another name records carry. */
  record Row(String service, String operation, String eventName, boolean logged, String evidence) {}

  private static final class Holder {
    static final CuratedEventNames TABLE = load();
  }

  private final Map<String, List<Row>> byOperation;
  private final Map<String, List<Row>> byEventName;

  private CuratedEventNames(List<Row> rows) {
    Map<String, List<Row>> ops = new HashMap<>();
    Map<String, List<Row>> events = new HashMap<>();
    for (Row r : rows) {
      ops.computeIfAbsent(key(r.service(), r.operation()), k -> new ArrayList<>()).add(r);
      events.computeIfAbsent(key(r.service(), r.eventName()), k -> new ArrayList<>()).add(r);
    }
    this.byOperation = ops;
    this.byEventName = events;
  }

  static CuratedEventNames table() {
    return Holder.TABLE;
  }

  /** The name logged today for {@code operation} of the service with {@code endpointPrefix}. */
  Optional<String> logged(String endpointPrefix, String operation) {
    for (Row r : byOperation.getOrDefault(key(endpointPrefix, operation), List.of())) {
      if (r.logged()) {
        return Optional.of(r.eventName());
      }
    }
    return Optional.empty();
  }

  /** Other names records carry for {@code operation}, in table order. */
  List<String> also(String endpointPrefix, String operation) {
    List<String> names = new ArrayList<>();
    for (Row r : byOperation.getOrDefault(key(endpointPrefix, operation), List.of())) {
      if (!r.logged()) {
        names.add(r.eventName());
      }
    }
    return names;
  }

  /** The operations a logged name stands for, in table order (logged rows first). */
  List<String> operations(String endpointPrefix, String eventName) {
    List<String> ops = new ArrayList<>();
    List<Row> rows = byEventName.getOrDefault(key(endpointPrefix, eventName), List.of());
    for (boolean logged : new boolean[] {true, false}) {
      for (Row r : rows) {
        if (r.logged() == logged && !ops.contains(r.operation())) {
          ops.add(r.operation());
        }
      }
    }
    return ops;
  }

  private static String key(String service, String name) {
    return service + '\u0000' + name;
  }

  static CuratedEventNames load() {
    List<Row> rows = new ArrayList<>();
    for (CuratedRows.Row row : CuratedRows.rows(RESOURCE)) {
      String[] f = row.cells();
      if (f.length != 5 || !(f[3].equals("logged") || f[3].equals("also")) || f[4].isBlank()) {
        throw new IllegalStateException(
            RESOURCE + ":" + row.line() + ": malformed row: " + row.text());
      }
      rows.add(new Row(f[0], f[1], f[2], f[3].equals("logged"), f[4]));
    }
    return new CuratedEventNames(rows);
  }

  /** Every row, for tests that check each has its evidence. */
  List<Row> rows() {
    List<Row> all = new ArrayList<>();
    byOperation.values().forEach(all::addAll);
    return all;
  }
}
