package io.github.cloudtrailschema.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.render.Envelope;
import io.github.cloudtrailschema.render.JsonOut;
import io.github.cloudtrailschema.render.JsonSchemaRenderer;
import io.github.cloudtrailschema.render.RenderOptions;
import io.github.cloudtrailschema.render.SharedSchemaLayout;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code export --format json-schema --out DIR}: {@code DIR/<service>/<eventName>.json} and {@code
 * DIR/index.json}. In the shared layout (the default) the envelope is {@code DIR/shared/record.json}
 * and every event's schema refers to it; {@code --bundle} writes self-contained schemas instead.
 *
 * <p>Operations of a service that log one event name (s3 ListObjectsV2 is logged as ListObjects)
 * get one schema under that name, allowing either operation's record, rather than one file
 * overwriting the other: an event's operations are held back until the last of them arrives.
 * Schemas are written one at a time, never held together.
 */
final class SchemaFiles implements ExportTargets.Target {
  private final Path dir;
  private final PrintWriter index;
  private final JsonGenerator g;
  private final JsonSchemaRenderer renderer;
  private Map<String, Integer> operationsByName = Map.of();
  private final Map<String, List<EventSchema>> pending = new HashMap<>();

  SchemaFiles(Path dir, Optional<SharedSchemaLayout> layout) {
    this.dir = dir;
    this.renderer =
        new JsonSchemaRenderer(
            RenderOptions.defaults().withEnvelope(Envelope.complete(ModelCatalog.embedded())),
            layout);
    if (layout.isPresent()) {
      Path record = dir.resolve(SharedSchemaLayout.RECORD);
      PrintWriter w = ExportTargets.writer(record);
      try {
        renderer.renderRecord(w);
      } finally {
        ExportTargets.close(w, record);
      }
    }
    this.index = ExportTargets.writer(dir.resolve("index.json"));
    this.g = JsonOut.open(index);
    ExportTargets.io(() -> g.writeStartArray());
  }

  @Override
  public void startService(ServiceModel service) {
    Map<String, Integer> counts = new HashMap<>();
    for (Operation op : service.operations().values()) {
      counts.merge(EventNames.eventNames(service.metadata(), op).get(0), 1, Integer::sum);
    }
    operationsByName = counts;
    pending.clear();
  }

  @Override
  public void event(EventSchema event) {
    List<EventSchema> group = pending.computeIfAbsent(event.eventName(), k -> new ArrayList<>());
    group.add(event);
    if (group.size() >= operationsByName.getOrDefault(event.eventName(), 1)) {
      pending.remove(event.eventName());
      write(group);
    }
  }

  /** An event whose other operation failed to render is still written, with the ones that did. */
  @Override
  public void endService(ServiceModel service) {
    List<String> names = new ArrayList<>(pending.keySet());
    java.util.Collections.sort(names);
    for (String name : names) {
      write(pending.remove(name));
    }
  }

  private void write(List<EventSchema> group) {
    EventSchema first = group.get(0);
    String service = first.service().name();
    Path path = ExportTargets.under(dir, service, first.eventName() + ".json");
    String file = service + "/" + first.eventName() + ".json";
    // Rendered whole before the file opens: an event that fails leaves no half-written file.
    StringWriter text = new StringWriter();
    renderer.render(group, file, new PrintWriter(text));
    PrintWriter w = ExportTargets.writer(path);
    try {
      w.write(text.toString());
    } finally {
      ExportTargets.close(w, path);
    }
    for (EventSchema event : group) {
      ExportTargets.io(
          () -> {
            g.writeStartObject();
            g.writeStringField("eventSource", event.eventSource());
            g.writeStringField("eventName", event.eventName());
            g.writeStringField("service", service);
            g.writeStringField("operation", event.operation().name());
            g.writeStringField("file", file);
            g.writeEndObject();
          });
    }
  }

  @Override
  public void finish() {
    ExportTargets.io(() -> g.writeEndArray());
    JsonOut.close(g, index);
    ExportTargets.close(index, dir.resolve("index.json"));
  }
}
