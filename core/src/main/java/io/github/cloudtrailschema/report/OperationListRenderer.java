package io.github.cloudtrailschema.report;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.text.Table;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import java.io.PrintWriter;

/**
 * {@code cloudtrail-schema iam}: the service's operations (event names) with one-line summaries.
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
    Table t = new Table("EVENT NAME", "SUMMARY");
    for (Operation op : service.operations().values()) {
      String summary = HtmlText.firstSentence(op.documentation());
      String eventName = EventNames.eventNames(meta, op).get(0);
      t.row(eventName, (op.deprecated() ? "[deprecated] " : "") + summary);
    }
    t.print(out, style);
  }
}
