package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.loading.CatalogInfo;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.text.Table;
import io.github.cloudtrailschema.trail.EventCategories;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code cloudtrail-schema}: every service with its event source, sorted by name. */
public final class ServiceListRenderer {
  private ServiceListRenderer() {}

  public static void render(
      CatalogInfo info, List<ServiceSummary> services, Style style, PrintWriter out) {
    // Plain loops: this is the start-up path of the commonest command, and each first use of a
    // lambda or stream costs milliseconds there.
    List<ServiceSummary> apis = new ArrayList<>();
    List<ServiceSummary> curated = new ArrayList<>();
    int operations = 0;
    for (ServiceSummary s : services) {
      if (s.metadata().origin() == ModelOrigin.CURATED) {
        curated.add(s);
      } else {
        apis.add(s);
        operations += s.operationCount();
      }
    }
    table(apis, "SERVICE", "OPERATIONS").print(out, style);
    out.println();
    out.println(
        style.dim(
            apis.size()
                + " services, "
                + operations
                + " operations; models: "
                + info.source()
                + (info.date().isEmpty() ? "" : " (" + info.date() + ")")));
    if (!curated.isEmpty()) {
      out.println();
      out.println(
          style.heading("CloudTrail events that are not API calls")
              + style.dim(" (curated in this project)"));
      table(curated, "EVENT SET", "EVENTS").print(out, style);
    }
  }

  private static Table table(List<ServiceSummary> services, String first, String count) {
    Table t =
        new Table(first, "EVENT SOURCE", "API VERSION", count, "DATA EVENTS", "MODEL", "FULL NAME");
    for (ServiceSummary s : services) {
      String source = EventSourceResolver.eventSource(s.metadata());
      t.row(
          s.name(),
          source,
          s.metadata().apiVersion(),
          Integer.toString(s.operationCount()),
          dataTypes(source),
          s.metadata().origin().label(),
          s.metadata().fullName());
    }
    return t;
  }

  /**
   * How many data-event resource types the source has ({@code 3 types}), blank for none: a trail
   * logs those events only with a data-event selector.
   */
  private static String dataTypes(String eventSource) {
    List<String> types = new ArrayList<>();
    for (EventCategories.DataEventRow r : EventCategories.ofSource(eventSource)) {
      if (!types.contains(r.resourcesType())) {
        types.add(r.resourcesType());
      }
    }
    return types.isEmpty() ? "" : types.size() + (types.size() == 1 ? " type" : " types");
  }
}
