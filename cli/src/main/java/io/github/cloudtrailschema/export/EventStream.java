package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * {@code export --format athena|sigma} to stdout, one text that the tool still reads: Athena
 * statements separated by a blank line and a comment naming the event (no {@code ;}, which
 * Trino's parser and JDBC reject), Sigma rules as one YAML stream with {@code ---} between them.
 */
final class EventStream implements ExportTargets.Target {
  private final PrintWriter out;
  private final OutputFormat format;
  private final EventRenderer renderer;
  private boolean first = true;

  EventStream(PrintWriter out, OutputFormat format, EventRenderer renderer) {
    this.out = out;
    this.format = format;
    this.renderer = renderer;
  }

  @Override
  public void event(EventSchema event) {
    // Rendered whole first: an event that fails must not leave half a statement in the stream.
    StringWriter text = new StringWriter();
    renderer.render(event, new PrintWriter(text));
    if (format == OutputFormat.ATHENA) {
      if (!first) {
        out.println();
      }
      out.println("-- " + event.service().name() + "." + event.eventName());
    } else if (!first) {
      out.println("---");
    }
    out.write(text.toString());
    first = false;
  }

  @Override
  public void finish() {
    out.flush();
  }
}
