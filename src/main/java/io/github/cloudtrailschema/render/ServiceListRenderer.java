package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.loading.CatalogInfo;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import java.io.PrintWriter;
import java.util.List;

/** {@code cloudtrail-schema}: every service with its event source, sorted by name. */
public final class ServiceListRenderer {
  private ServiceListRenderer() {}

  public static void render(
      CatalogInfo info, List<ServiceSummary> services, Style style, PrintWriter out) {
    Table t = new Table("SERVICE", "EVENT SOURCE", "API VERSION", "OPERATIONS", "MODEL", "FULL NAME");
    for (ServiceSummary s : services) {
      t.row(
          s.name(),
          EventSourceResolver.eventSource(s.metadata()),
          s.metadata().apiVersion(),
          Integer.toString(s.operationCount()),
          s.metadata().origin().label(),
          s.metadata().fullName());
    }
    t.print(out, style);
    out.println();
    out.println(
        style.dim(
            services.size()
                + " services, "
                + services.stream().mapToInt(ServiceSummary::operationCount).sum()
                + " operations; models: "
                + info.source()
                + (info.date().isEmpty() ? "" : " (" + info.date() + ")")));
  }
}
