package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.jsonschema.JsonSchemaRenderer;
import io.github.cloudtrailschema.format.jsonschema.SharedSchemaLayout;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.walk.Envelope;
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
  private final OutDir dir;
  private final ExportIndex index;
  private final JsonSchemaRenderer renderer;
  private Map<String, Integer> operationsByName = Map.of();
  private final Map<String, List<EventSchema>> pending = new HashMap<>();

  SchemaFiles(OutDir dir, Optional<SharedSchemaLayout> layout) {
    this.dir = dir;
    this.renderer =
        new JsonSchemaRenderer(
            RenderOptions.defaults().withEnvelope(Envelope.complete(ModelCatalog.embedded())),
            layout);
    if (layout.isPresent()) {
      StringWriter text = new StringWriter();
      renderer.renderRecord(new PrintWriter(text));
      dir.write(dir.path(SharedSchemaLayout.RECORD), text.toString());
    }
    this.index = new ExportIndex(dir);
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
    Path path = dir.file(service, first.eventName() + ".json");
    String file = service + "/" + first.eventName() + ".json";
    // Rendered whole before the file opens: an event that fails leaves no half-written file.
    StringWriter text = new StringWriter();
    renderer.render(group, file, new PrintWriter(text));
    dir.write(path, text.toString());
    for (EventSchema event : group) {
      index.add(event, file);
    }
  }

  @Override
  public void finish() {
    index.finish();
  }
}
