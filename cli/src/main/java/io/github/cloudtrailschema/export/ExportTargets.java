package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.jsonschema.SharedSchemaLayout;
import io.github.cloudtrailschema.format.markdown.MarkdownRenderer;
import io.github.cloudtrailschema.format.markdown.MarkdownText;
import io.github.cloudtrailschema.format.paths.PathsRenderer;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.Envelope;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Where {@code export} puts each format: paths to stdout, schemas and pages into a folder. */
public final class ExportTargets {
  public static final List<OutputFormat> SUPPORTED =
      List.of(
          OutputFormat.PATHS,
          OutputFormat.JSON_SCHEMA,
          OutputFormat.MARKDOWN,
          OutputFormat.TREE,
          OutputFormat.EXAMPLE,
          OutputFormat.CUSTODIAN,
          OutputFormat.EVENTBRIDGE,
          OutputFormat.SIGMA,
          OutputFormat.ATHENA);

  /** The formats whose events concatenate into one text that still works: stdout without --out. */
  public static final List<OutputFormat> STREAMS =
      List.of(OutputFormat.PATHS, OutputFormat.ATHENA, OutputFormat.SIGMA);

  /** {@code export --format site}: the web explorer, written by {@link SiteExportRun}. */
  public static final String SITE = "site";

  private ExportTargets() {}

  /** Receives the events service by service. */
  public interface Target {
    default void startService(ServiceModel service) {}

    void event(EventSchema event);

    default void endService(ServiceModel service) {}

    default void finish() {}
  }

  public static Target open(OutputFormat format, OutDir dir, PrintWriter out) {
    return open(format, dir, out, Optional.empty());
  }

  /**
   * {@code dir}: the {@code --out} folder, or null for stdout. {@code layout}: json-schema's shared
   * layout, empty for self-contained schemas.
   */
  public static Target open(
      OutputFormat format, OutDir dir, PrintWriter out, Optional<SharedSchemaLayout> layout) {
    if (!SUPPORTED.contains(format)) {
      throw new ExportException("export does not support --format " + format);
    }
    if (format == OutputFormat.PATHS && dir == null) {
      return new Paths(out);
    }
    if (dir == null && STREAMS.contains(format)) {
      return new EventStream(out, format, renderer(format));
    }
    if (dir == null) {
      throw new ExportException(
          "export --format "
              + format
              + " writes one file per event: give --out DIR (only paths, athena and sigma go to"
              + " stdout)");
    }
    return switch (format) {
      case PATHS -> new Paths(dir.open(dir.file("paths.tsv")));
      case JSON_SCHEMA -> new SchemaFiles(dir, layout);
      case MARKDOWN -> new ExportPages(dir);
      default -> new EventFiles(dir, format, renderer(format));
    };
  }

  /** The renderer {@code event --format F} uses by default (plain text, no docs). */
  private static io.github.cloudtrailschema.format.EventRenderer renderer(OutputFormat format) {
    return format.renderer(
        RenderOptions.defaults().withEnvelope(format.envelope(ModelCatalog.embedded())));
  }

  /** The stream a paths target writes to (stdout, or DIR/paths.tsv). */
  public static PrintWriter pathsWriter(Target target) {
    return ((Paths) target).out;
  }

  /** {@code eventSource<TAB>eventName<TAB>path<TAB>type}, buffered per event. */
  private static final class Paths implements Target {
    private final PrintWriter out;
    private final StringBuilder buffer = new StringBuilder(1 << 16);

    /** stdout, or {@code DIR/paths.tsv} (an {@link OutDir.Output}, put in place at the end). */
    Paths(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void event(EventSchema event) {
      buffer.setLength(0);
      PathsRenderer.exportLines(event, buffer);
      out.append(buffer);
    }

    @Override
    public void finish() {
      if (out instanceof OutDir.Output file) {
        file.finish();
      } else {
        out.flush();
      }
    }
  }

  /** {@code DIR/index.md} and {@code DIR/<service>.md} with one section per event. */
  private static final class ExportPages implements Target {
    private final OutDir dir;
    private final OutDir.Output index;
    private final MarkdownRenderer renderer =
        new MarkdownRenderer(
            RenderOptions.defaults().withEnvelope(Envelope.complete(ModelCatalog.embedded())),
            false);
    private OutDir.Output page;

    ExportPages(OutDir dir) {
      this.dir = dir;
      this.index = dir.open(dir.file("index.md"));
      index.println("# CloudTrail events by service");
      index.println();
      index.println("| Service | eventSource | Events |");
      index.println("|---|---|---|");
    }

    @Override
    public void startService(ServiceModel service) {
      page = dir.open(dir.file(service.name() + ".md"));
      page.println("# " + MarkdownText.text(service.metadata().fullName()));
      page.println();
      page.println("[All services](index.md)");
      page.println();
      // The name is a safe file name (file() checked it), so the link target needs no escaping.
      index.println(
          "| ["
              + MarkdownText.text(service.name())
              + "]("
              + service.name()
              + ".md) | "
              + MarkdownText.code(
                  io.github.cloudtrailschema.trail.EventSourceResolver.eventSource(
                      service.metadata()))
              + " | "
              + service.operations().size()
              + " |");
    }

    @Override
    public void event(EventSchema event) {
      renderer.section(event, "##", page);
    }

    @Override
    public void endService(ServiceModel service) {
      page.finish();
    }

    @Override
    public void finish() {
      index.finish();
    }
  }

  interface IoAction {
    void run() throws IOException;
  }

  static void io(IoAction a) {
    try {
      a.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
