package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ModelLoadException;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.text.TerminalText;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Every event of the chosen services into one {@link ExportTargets.Target}, service by service in
 * catalogue order. An event (or a service) that cannot be exported is reported on {@code err} in
 * one line and counted; the rest go on. A failing output is not an event's failure: it stops the
 * export ({@link UncheckedIOException}), since no later event would fare better.
 */
public final class CatalogExport {
  /** What was written: events exported and events that failed. */
  public record Result(int events, int failures) {}

  private final ModelCatalog catalog;
  private final PrintWriter err;
  private final boolean progress;

  /** {@code progress}: a one-line counter on {@code err}, for a person watching a terminal. */
  public CatalogExport(ModelCatalog catalog, PrintWriter err, boolean progress) {
    this.catalog = catalog;
    this.err = err;
    this.progress = progress;
  }

  public Result run(
      OutputFormat format, List<ServiceSummary> services, ExportTargets.Target target) {
    int events = 0;
    int failures = 0;
    for (int i = 0; i < services.size(); i++) {
      ServiceSummary summary = services.get(i);
      progress(i, services.size(), summary.name());
      ServiceModel service;
      try {
        service = catalog.load(summary.name(), format.usesDocs() && format != OutputFormat.PATHS);
      } catch (RuntimeException e) {
        failures += summary.operationCount();
        report(summary.name() + ": " + e.getMessage());
        continue;
      }
      EventSchemas schemas = new EventSchemas(service);
      try {
        target.startService(service);
      } catch (ExportException e) {
        failures += service.operations().size();
        report("skipped: " + e.getMessage());
        continue;
      }
      for (Operation op : service.operations().values()) {
        try {
          EventSchema event = schemas.of(op);
          target.event(event);
          events++;
        } catch (UncheckedIOException e) {
          throw e;
        } catch (RuntimeException | StackOverflowError e) {
          failures++;
          report(service.name() + "." + op.name() + ": " + reason(e));
        }
      }
      target.endService(service);
    }
    target.finish();
    return new Result(events, failures);
  }

  /**
   * Why an event failed, in words: the message of a fault of the input (an unsafe name, an unusable
   * model), the exception itself for anything else, which is a bug worth its name.
   */
  public static String reason(Throwable e) {
    return e instanceof ExportException || e instanceof ModelLoadException
        ? e.getMessage()
        : String.valueOf(e);
  }

  private void report(String message) {
    err.println("cloudtrail-schema: export: " + TerminalText.oneLine(message));
  }

  /** A one-line counter, only for a person watching: never into a pipe or a log. */
  private void progress(int done, int total, String service) {
    if (progress) {
      err.print("\r\u001b[Kexport: " + (done + 1) + "/" + total + " services (" + service + ")");
      err.flush();
    }
  }
}
