package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.text.Table;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.trail.EventCategories;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cloudtrail-schema iam}: the service's operations (event names) with one-line summaries;
 * for a service with data events, which events are, and the data-event types AWS lists for its
 * event source without naming their events.
 */
public final class OperationListRenderer {
  private OperationListRenderer() {}

  /** {@code 1 operation}, {@code 2 operations}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  public static void render(ServiceModel service, Style style, PrintWriter out) {
    var meta = service.metadata();
    out.println(
        style.heading(meta.name() + " - " + meta.fullName())
            + style.dim(
                "  (eventSource "
                    + EventSourceResolver.eventSource(meta)
                    + (meta.apiVersion() == null || meta.apiVersion().isEmpty()
                        ? ""
                        : ", API " + meta.apiVersion())
                    + ", "
                    + count(service.operations().size(), "operation")
                    + ", model "
                    + meta.origin().label()
                    + ")"));
    out.println();
    List<String[]> rows = new ArrayList<>();
    boolean anyData = false;
    for (Operation op : service.operations().values()) {
      String summary = HtmlText.firstSentence(op.documentation());
      List<String> names = EventNames.eventNames(meta, op);
      String source = EventSourceResolver.eventSource(meta, op.name());
      boolean data = !EventCategories.rows(meta, source, names).isEmpty();
      anyData |= data;
      rows.add(
          new String[] {
            names.get(0), data ? "Data" : "", (op.deprecated() ? "[deprecated] " : "") + summary
          });
    }
    Table t = anyData ? new Table("EVENT NAME", "CATEGORY", "SUMMARY") : new Table("EVENT NAME", "SUMMARY");
    for (String[] r : rows) {
      if (anyData) {
        t.row(r[0], r[1], r[2]);
      } else {
        t.row(r[0], r[2]);
      }
    }
    t.print(out, style);
    unnamedTypes(EventSourceResolver.eventSource(meta), style, out);
  }

  /** The data-event types AWS lists for the source without naming their events. */
  private static void unnamedTypes(String eventSource, Style style, PrintWriter out) {
    Set<String> types = new LinkedHashSet<>();
    for (EventCategories.DataEventRow r : EventCategories.ofSource(eventSource)) {
      if (r.anyEvent()) {
        types.add(r.resourcesType());
      }
    }
    if (!types.isEmpty()) {
      out.println();
      out.println(
          style.dim(
              "Data events also on "
                  + String.join(", ", types)
                  + " (the CloudTrail User Guide lists these types without their event names)"));
    }
  }
}
