package io.github.cloudtrailschema.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.text.JsonOut;
import io.github.cloudtrailschema.walk.EventSchema;

/**
 * {@code DIR/index.json} of a one-file-per-event export, streamed as the files are written: one
 * entry per event ({@code eventSource}, {@code eventName}, {@code service}, {@code operation},
 * {@code file}), the same shape for every format.
 */
final class ExportIndex {
  private final OutDir.Output out;
  private final JsonGenerator g;

  ExportIndex(OutDir dir) {
    this.out = dir.open(dir.file("index.json"));
    this.g = JsonOut.open(out);
    ExportTargets.io(() -> g.writeStartArray());
  }

  /** Lists {@code event} as written to {@code file}, relative to the export's folder. */
  void add(EventSchema event, String file) {
    ExportTargets.io(
        () -> {
          g.writeStartObject();
          g.writeStringField("eventSource", event.eventSource());
          g.writeStringField("eventName", event.eventName());
          g.writeStringField("service", event.service().name());
          g.writeStringField("operation", event.operation().name());
          g.writeStringField("file", file);
          g.writeEndObject();
        });
  }

  void finish() {
    ExportTargets.io(() -> g.writeEndArray());
    JsonOut.close(g, out);
    out.finish();
  }
}
