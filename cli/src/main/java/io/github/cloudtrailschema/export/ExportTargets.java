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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  public static Target open(OutputFormat format, Path dir, PrintWriter out) {
    return open(format, dir, out, Optional.empty());
  }

  /** {@code layout}: json-schema's shared layout, empty for self-contained schemas. */
  public static Target open(
      OutputFormat format, Path dir, PrintWriter out, Optional<SharedSchemaLayout> layout) {
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
      case PATHS -> new Paths(writer(dir.resolve("paths.tsv")));
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

  /**
   * {@code dir/relative}, where each segment of {@code relative} is a name from a model (service,
   * event). A model is input: an operation named {@code ../../tmp/x} must not write outside {@code
   * --out}. Names keep to a safe alphabet and the result must stay under {@code dir}; otherwise the
   * event is reported and skipped.
   */
  static Path under(Path dir, String... segments) {
    Path file = dir;
    for (String segment : segments) {
      if (!SAFE_NAME.matcher(segment).matches()) {
        throw new ExportException(
            "not a safe file name: '"
                + io.github.cloudtrailschema.text.TerminalText.echo(segment)
                + "' (letters, digits, '.', '_', '-'; not starting with '.')");
      }
      file = file.resolve(segment);
    }
    if (!file.normalize().startsWith(dir.normalize())) {
      throw new ExportException("not under --out: " + file);
    }
    return file;
  }

  private static final java.util.regex.Pattern SAFE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

  /**
   * Closes {@code w} and fails when anything written to it was lost: a {@link PrintWriter} swallows
   * write errors (a full disk), and an export that says nothing of them would be a silent loss.
   */
  static void close(PrintWriter w, Path file) {
    w.close();
    if (w.checkError()) {
      throw new UncheckedIOException(
          new IOException("cannot write " + file + " (disk full or not writable?)"));
    }
  }

  /** Writes {@code text} as the whole of {@code file} (rendered before: no half-written file). */
  static void writeWhole(Path file, String text) {
    PrintWriter w = writer(file);
    try {
      w.write(text);
    } finally {
      close(w, file);
    }
  }

  static PrintWriter writer(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return new PrintWriter(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code eventSource<TAB>eventName<TAB>path<TAB>type}, buffered per event. */
  private static final class Paths implements Target {
    private final PrintWriter out;
    private final StringBuilder buffer = new StringBuilder(1 << 16);

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
      out.flush();
    }
  }

  /** {@code DIR/index.md} and {@code DIR/<service>.md} with one section per event. */
  private static final class ExportPages implements Target {
    private final Path dir;
    private final PrintWriter index;
    private final MarkdownRenderer renderer =
        new MarkdownRenderer(
            RenderOptions.defaults().withEnvelope(Envelope.complete(ModelCatalog.embedded())),
            false);
    private PrintWriter page;

    ExportPages(Path dir) {
      this.dir = dir;
      this.index = writer(dir.resolve("index.md"));
      index.println("# CloudTrail events by service");
      index.println();
      index.println("| Service | eventSource | Events |");
      index.println("|---|---|---|");
    }

    @Override
    public void startService(ServiceModel service) {
      page = writer(under(dir, service.name() + ".md"));
      page.println("# " + MarkdownText.text(service.metadata().fullName()));
      page.println();
      page.println("[All services](index.md)");
      page.println();
      // The name is a safe file name (under() checked it), so the link target needs no escaping.
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
      close(page, dir.resolve(service.name() + ".md"));
    }

    @Override
    public void finish() {
      close(index, dir.resolve("index.md"));
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
