package io.github.cloudtrailschema.athena;

import io.github.cloudtrailschema.scan.EventReport;
import io.github.cloudtrailschema.scan.FieldReport;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.scan.ReadOnly;
import io.github.cloudtrailschema.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the rows of {@link InventorySql}'s queries into {@code scan}'s report, so that an Athena
 * inventory prints in the same table, CSV and JSON as a local scan.
 */
public final class InventoryRows {
  private InventoryRows() {}

  /**
   * @param inventory rows of {@link InventorySql#inventory()}
   * @param fields rows of {@link InventorySql#fields()}, or empty
   */
  public static ScanResult toResult(
      List<List<String>> inventory, List<List<String>> fields, PathExplainer explainer) {
    Map<String, List<FieldReport>> byEvent = new TreeMap<>();
    for (List<String> f : fields) {
      FieldPath path = field(f.get(2));
      byEvent
          .computeIfAbsent(f.get(0) + "\t" + f.get(1), k -> new ArrayList<>())
          .add(
              new FieldReport(
                  path, number(f.get(3)), explainer.explain(f.get(0), f.get(1), path)));
    }
    byEvent.values().forEach(l -> l.sort(java.util.Comparator.comparing(FieldReport::path)));
    List<EventReport> events = new ArrayList<>();
    long records = 0;
    for (List<String> r : inventory) {
      long count = number(r.get(2));
      records += count;
      events.add(
          new EventReport(
              r.get(0),
              r.get(1),
              count,
              number(r.get(3)),
              r.get(4),
              r.get(5),
              (int) number(r.get(6)),
              ReadOnly.of(number(r.get(7)), number(r.get(8))),
              byEvent.getOrDefault(r.get(0) + "\t" + r.get(1), List.of())));
    }
    return new ScanResult(0, records, 0, 0, 0, events, List.of());
  }

  private static long number(String s) {
    if (s == null || s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("athena: expected a count in the result, got '" + s + "'");
    }
  }

  /**
   * The SQL's field column, {@code part || '.' || key}: the part is a record field without dots,
   * so the first dot ends it and the key (which may hold dots) is the rest.
   */
  static FieldPath field(String column) {
    int dot = column.indexOf('.');
    return dot < 0 ? FieldPath.of(column) : FieldPath.of(column.substring(0, dot), column.substring(dot + 1));
  }
}
