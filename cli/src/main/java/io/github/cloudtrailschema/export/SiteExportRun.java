package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.serve.Catalogue;
import io.github.cloudtrailschema.serve.SiteExport;
import io.github.cloudtrailschema.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code export --format site --out DIR}: reports what {@link SiteExport} skipped. */
public final class SiteExportRun {
  private SiteExportRun() {}

  /** Writes the site; returns the number of events that failed, each reported on {@code err}. */
  public static int run(
      ModelCatalog catalog, List<ServiceSummary> services, Path out, PrintWriter err) {
    if (out == null) {
      throw new ExportException("export --format site writes files: give --out DIR");
    }
    OutDir dir = OutDir.of(out);
    SiteExport.Result r =
        new SiteExport(
                new Catalogue(catalog),
                (relative, bytes) -> dir.write(dir.path(relative), bytes),
                line -> err.println("cloudtrail-schema: export: " + TerminalText.oneLine(line)))
            .write(services);
    if (r.failures() > 0) {
      err.println(
          "cloudtrail-schema: export: " + r.failures() + " events failed, " + r.events() + " exported");
    }
    return r.failures();
  }
}
