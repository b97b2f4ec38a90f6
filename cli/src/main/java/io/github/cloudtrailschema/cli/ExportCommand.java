package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.export.CatalogExport;
import io.github.cloudtrailschema.export.ExportTargets;
import io.github.cloudtrailschema.export.OutDir;
import io.github.cloudtrailschema.export.PathsExportRun;
import io.github.cloudtrailschema.export.SiteExportRun;
import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.format.jsonschema.SharedSchemaLayout;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail-schema export --format FORMAT}: every event of every service (or of the
 * services named), to stdout (paths, athena, sigma) or a folder. One event that fails to render is
 * reported and counted, and the export goes on; the exit code then says so.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Export the whole catalogue in one format.",
      "",
      "  export --format paths > paths.tsv      eventSource, eventName, path, type",
      "  export --format json-schema --out DIR  one schema per event, index.json, and",
      "                                         the envelope in shared/record.json",
      "  export --format markdown --out DIR     index.md and a page per service",
      "  export --format site --out DIR         the explorer (serve) as static files",
      "  export --format FORMAT --out DIR       tree, example, custodian, eventbridge,",
      "                                         sigma, athena: a file per event,",
      "                                         DIR/<service>/<event>.<ext>, index.json",
      "  export --format athena > all.sql       statements, a blank line and a comment",
      "                                         between them",
      "  export --format sigma > rules.yml      one YAML stream, '---' between rules",
      "",
      "To stdout without --out: paths, athena, sigma. Every other format needs --out.",
      ""
    })
final class ExportCommand implements Callable<Integer> {
  private final CliContext ctx;

  /** Null for {@code --format site}, the web explorer, which is not an event format. */
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      required = true,
      converter = ExportFormats.Converter.class,
      completionCandidates = ExportFormats.Names.class,
      description = "What to export: ${COMPLETION-CANDIDATES}.")
  OutputFormat format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description =
          "Folder to write into; without it paths, athena and sigma go to stdout, and the other"
              + " formats are an error.")
  Path out;

  @Option(
      names = "--all-spellings",
      description =
          "paths: also print every alternative spelling (a key or an event name CloudTrail is "
              + "also known to log), each on its own line marked "
              + "'also-logged-as-of <shown spelling>' in the fifth column.")
  boolean allSpellings;

  @Parameters(
      paramLabel = "SERVICE",
      arity = "0..*",
      description = "Only these services (any name a selector takes: ecr, api.ecr, aws.ecr).")
  List<String> services = new ArrayList<>();

  @Spec CommandSpec spec;

  @Mixin SchemaExportOptions schemaLayout;

  ExportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    // Options of one format are refused with another, never silently ignored.
    Optional<SharedSchemaLayout> layout = schemaLayout.layout(format);
    if (allSpellings && format != OutputFormat.PATHS) {
      throw new UserError("--all-spellings applies to --format paths only");
    }
    ModelCatalog catalog = GlobalOptions.of(spec).catalog(ctx);
    if (format == null) {
      int failed = SiteExportRun.run(catalog, select(catalog), out, ctx.err());
      return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
    // Every argument is checked before anything is written: a refused one leaves no file behind.
    List<ServiceSummary> selected = select(catalog);
    ExportTargets.Target target =
        ExportTargets.open(format, out == null ? null : OutDir.of(out), ctx.out(), layout);
    if (format == OutputFormat.PATHS) {
      int failed =
          PathsExportRun.run(
              catalog,
              selected,
              ExportTargets.pathsWriter(target),
              ctx.err(),
              ctx.stderrTerminal(),
              allSpellings);
      return finish(0, failed, -1);
    }
    CatalogExport.Result r =
        new CatalogExport(catalog, ctx.err(), ctx.stderrTerminal()).run(format, selected, target);
    return finish(r.events(), r.failures(), r.events());
  }

  /** Clears the progress line and reports failures; {@code events} < 0 when not counted. */
  private int finish(int events, int failures, int counted) {
    if (ctx.stderrTerminal()) {
      ctx.err().print("\r\u001b[K");
    }
    ctx.out().flush();
    if (failures > 0) {
      ctx.err()
          .println(
              "cloudtrail-schema: export: "
                  + failures
                  + " events failed"
                  + (counted >= 0 ? ", " + events + " exported" : ""));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private List<ServiceSummary> select(ModelCatalog catalog) {
    if (services.isEmpty()) {
      return catalog.services();
    }
    List<ServiceSummary> out = new ArrayList<>();
    // Any name a selector takes, the models jar's old ones (api.ecr) too.
    io.github.cloudtrailschema.trail.ServiceLocator locator =
        new SelectorResolver(catalog).locator();
    for (String name : services) {
      String found = locator.find(name).orElse(name);
      out.add(
          catalog.services().stream()
              .filter(s -> s.name().equals(found))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UserError(
                          "unknown service '"
                              + name
                              + "' ('cloudtrail-schema' lists all services)")));
    }
    return out;
  }
}
