package io.github.cloudtrailschema.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cloudtrailschema.scan.EventReport;
import io.github.cloudtrailschema.scan.FieldReport;
import io.github.cloudtrailschema.scan.ReadOnly;
import io.github.cloudtrailschema.scan.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The inventory as one JSON object: {@code files}, {@code records}, {@code skippedFiles}, {@code
 * skippedRecords} ({@code filteredRecords} too when a filter left records out) and {@code events}.
 * {@code readOnly} is a boolean when all records agree, {@code "mixed"}, or null.
 */
public final class InventoryJsonRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private InventoryJsonRenderer() {}

  public static void render(ScanResult r, boolean withFields, PrintWriter out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeNumberField("files", r.files());
      g.writeNumberField("records", r.records());
      g.writeNumberField("skippedFiles", r.skippedFiles());
      g.writeNumberField("skippedRecords", r.skippedRecords());
      if (r.filteredRecords() > 0) {
        g.writeNumberField("filteredRecords", r.filteredRecords());
      }
      g.writeArrayFieldStart("events");
      for (EventReport e : r.events()) {
        event(g, e, withFields);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void event(JsonGenerator g, EventReport e, boolean withFields) throws IOException {
    g.writeStartObject();
    g.writeStringField("eventSource", e.eventSource());
    g.writeStringField("eventName", e.eventName());
    g.writeNumberField("count", e.count());
    g.writeNumberField("errors", e.errors());
    g.writeStringField("firstSeen", e.firstSeen());
    g.writeStringField("lastSeen", e.lastSeen());
    g.writeNumberField("principals", e.principals());
    g.writeFieldName("readOnly");
    if (e.readOnly() == ReadOnly.MIXED) {
      g.writeString("mixed");
    } else if (e.readOnly() == ReadOnly.UNKNOWN) {
      g.writeNull();
    } else {
      g.writeBoolean(e.readOnly() == ReadOnly.TRUE);
    }
    if (withFields) {
      g.writeArrayFieldStart("fields");
      for (FieldReport f : e.fields()) {
        g.writeStartObject();
        g.writeStringField("path", f.path().toString());
        g.writeNumberField("count", f.count());
        g.writeStringField("explained", f.explanation().label());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
