package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.serve.Catalogue;
import io.github.cloudtrailschema.serve.SiteExport;
import java.nio.file.Path;
import java.util.List;

/** {@code export --format site --out DIR}: reports what {@link SiteExport} skipped. */
final class SiteExportRun {
  private SiteExportRun() {}

  static int run(ModelCatalog catalog, List<ServiceSummary> services, Path out, CliContext ctx) {
    if (out == null) {
      throw new UserError("export --format site writes files: give --out DIR");
    }
    SiteExport.Result r =
        new SiteExport(
                new Catalogue(catalog),
                out,
                line -> ctx.err().println("cloudtrail-schema: export: " + Main.oneLine(line)))
            .write(services);
    if (r.failures() > 0) {
      ctx.err()
          .println(
              "cloudtrail-schema: export: "
                  + r.failures()
                  + " events failed, "
                  + r.events()
                  + " exported");
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }
}
