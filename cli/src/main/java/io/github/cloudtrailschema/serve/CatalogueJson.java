package io.github.cloudtrailschema.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The list documents of the explorer: services, a service's events, search hits and index. */
public final class CatalogueJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CatalogueJson() {}

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static byte[] json(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@code {"mode": ..., "catalogue": ..., "services": [{name, fullName, eventSource, ...}]}}. */
  public static byte[] services(String mode, String label, List<ServiceSummary> services) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("mode", mode);
          g.writeStringField("catalogue", label);
          g.writeArrayFieldStart("services");
          for (ServiceSummary s : services) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("fullName", s.metadata().fullName());
            g.writeStringField("eventSource", EventSourceResolver.eventSource(s.metadata()));
            g.writeStringField("apiVersion", s.metadata().apiVersion());
            g.writeNumberField("events", s.operationCount());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** A service and its events with one-line summaries. */
  public static byte[] service(ServiceModel service, List<EventEntry> events) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("name", service.name());
          g.writeStringField("fullName", service.metadata().fullName());
          g.writeStringField("eventSource", EventSourceResolver.eventSource(service.metadata()));
          g.writeStringField("apiVersion", service.metadata().apiVersion());
          g.writeArrayFieldStart("events");
          for (EventEntry e : events) {
            entry(e, g);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** {@code {"query": q, "hits": [...]}}; also the static site's whole index (query null). */
  public static byte[] hits(String query, List<EventEntry> hits) {
    return json(
        g -> {
          g.writeStartObject();
          if (query != null) {
            g.writeStringField("query", query);
          }
          g.writeArrayFieldStart("hits");
          for (EventEntry e : hits) {
            entry(e, g);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void entry(EventEntry e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("service", e.service());
    g.writeStringField("eventSource", e.eventSource());
    g.writeStringField("eventName", e.eventName());
    if (!e.operation().isEmpty()) {
      g.writeStringField("operation", e.operation());
    }
    if (!e.eventType().isEmpty() && !e.eventType().equals("AwsApiCall")) {
      g.writeStringField("eventType", e.eventType());
    }
    g.writeBooleanField("readOnly", e.readOnly());
    if (e.dataEvent()) {
      g.writeBooleanField("dataEvent", true);
    }
    if (e.deprecated()) {
      g.writeBooleanField("deprecated", true);
    }
    g.writeStringField("summary", e.summary());
    g.writeEndObject();
  }
}
