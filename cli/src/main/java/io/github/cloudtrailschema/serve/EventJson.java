package io.github.cloudtrailschema.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.Capture;
import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.tree.OperationPage;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.Envelope;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * One event as the explorer's event page shows it: identity, description, the tree of each part,
 * and every {@link OutputFormat} rendered by the CLI's own renderer with the options {@code
 * cloudtrail-schema SERVICE.OPERATION -f FORMAT} uses, so the tabs show exactly what the command
 * prints.
 */
public final class EventJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Map<OutputFormat, EventRenderer> renderers = new EnumMap<>(OutputFormat.class);
  private final DocHtml.Cache docs = new DocHtml.Cache();

  public EventJson(ModelCatalog catalog) {
    for (OutputFormat f : OutputFormat.values()) {
      RenderOptions options =
          new RenderOptions(
              Style.PLAIN,
              false,
              false,
              java.util.Optional.empty(),
              f.envelope(catalog));
      renderers.put(f, f.renderer(options));
    }
  }

  /** The event's JSON document, UTF-8. */
  public byte[] render(EventSchema event) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      write(event, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void write(EventSchema event, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("service", event.service().name());
    g.writeStringField("serviceFullName", event.service().metadata().fullName());
    g.writeStringField("eventSource", event.eventSource());
    g.writeStringField("eventName", event.eventName());
    g.writeArrayFieldStart("alsoLoggedAs");
    for (String n : event.eventNameAlternatives()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeStringField("operation", event.operation().name());
    g.writeStringField("eventType", event.eventType().toString());
    g.writeBooleanField("readOnly", event.readOnly());
    g.writeStringField("eventCategory", event.category().recordValue());
    g.writeArrayFieldStart("capture");
    for (String line : Capture.lines(event)) {
      g.writeString(line);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("resources");
    for (String line : Capture.resources(event)) {
      g.writeString(line);
    }
    g.writeEndArray();
    g.writeBooleanField("deprecated", event.operation().deprecated());
    g.writeFieldName("doc");
    DocHtml.write(event.operation().documentation(), g);
    parts(event, g);
    formats(event, g);
    g.writeEndObject();
  }

  private void parts(EventSchema event, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("parts");
    for (RecordPart d : OperationPage.defaultParts(event)) {
      EventStructure part = event.part(d);
      g.writeStartObject();
      g.writeStringField("field", d.recordField());
      g.writeStringField("label", d.label());
      if (part.root().isPresent()) {
        g.writeFieldName("tree");
        TreeJson.root(part.root().get(), d.recordField(), docs, g);
      } else {
        g.writeStringField("nullReason", nullReason(event, d));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String nullReason(EventSchema event, RecordPart d) {
    if (d == RecordPart.OUTPUT && event.readOnly() && event.operation().output().isPresent()) {
      return "read-only: CloudTrail logs \"responseElements\": null";
    }
    return "no " + d.label() + ": CloudTrail logs \"" + d.recordField() + "\": null";
  }

  private void formats(EventSchema event, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("formats");
    for (Map.Entry<OutputFormat, EventRenderer> e : renderers.entrySet()) {
      StringWriter text = new StringWriter(4096);
      try (PrintWriter out = new PrintWriter(text)) {
        e.getValue().render(event, out);
      }
      g.writeStartObject();
      g.writeStringField("name", e.getKey().toString());
      g.writeStringField("text", text.toString());
      g.writeArrayFieldStart("notes");
      for (String note : e.getValue().notes(event)) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
