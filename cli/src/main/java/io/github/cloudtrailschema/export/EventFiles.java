package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * {@code export --format F --out DIR} for the per-event formats (tree, example, custodian,
 * eventbridge, sigma, athena): {@code DIR/<service>/<eventName>.<ext>} and {@code DIR/index.json}
 * listing them, in the shape the json-schema export's index has.
 */
final class EventFiles implements ExportTargets.Target {
  private final OutDir dir;
  private final EventRenderer renderer;
  private final String extension;
  private final ExportIndex index;
  private final java.util.Set<String> written = new java.util.HashSet<>();

  EventFiles(OutDir dir, OutputFormat format, EventRenderer renderer) {
    this.dir = dir;
    this.renderer = renderer;
    this.extension = extension(format);
    this.index = new ExportIndex(dir);
  }

  /** The extension a file of {@code format} is opened with by the tool it is pasted into. */
  static String extension(OutputFormat format) {
    return switch (format) {
      case TREE -> ".txt";
      case EXAMPLE, EVENTBRIDGE, JSON_SCHEMA -> ".json";
      case CUSTODIAN, SIGMA -> ".yml";
      case ATHENA -> ".sql";
      case PATHS -> ".tsv";
      case MARKDOWN -> ".md";
    };
  }

  @Override
  public void event(EventSchema event) {
    String service = event.service().name();
    // Two operations can log one event name (s3 ListObjects and ListObjectsV2): the second is
    // named after its operation rather than overwriting the first.
    String name =
        written.contains(service + "/" + event.eventName())
            ? event.operation().name()
            : event.eventName();
    Path path = dir.file(service, name + extension);
    // Rendered whole before the file opens: an event that fails leaves no half-written file.
    StringWriter text = new StringWriter();
    renderer.render(event, new PrintWriter(text));
    dir.write(path, text.toString());
    written.add(service + "/" + name);
    index.add(event, service + "/" + name + extension);
  }

  @Override
  public void finish() {
    index.finish();
  }
}
