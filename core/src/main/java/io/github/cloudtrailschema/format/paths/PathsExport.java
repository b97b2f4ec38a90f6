package io.github.cloudtrailschema.format.paths;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code export --format paths} lines of one service, as one string. A pure function of the
 * model, so the command can run services on several cores and still write them in order.
 */
public final class PathsExport {
  private PathsExport() {}

  /**
   * @param onFailure told "{@code Operation: problem}" for each event that fails to render; the
   *     event is left out and the rest goes on
   */
  public static List<String> lines(ServiceModel service, Consumer<String> onFailure) {
    return lines(service, onFailure, false);
  }

  /**
   * @param allSpellings also print each alternative spelling (a key or an event name "also logged
   *     as") on a line of its own, marked in the fifth column
   */
  public static List<String> lines(
      ServiceModel service, Consumer<String> onFailure, boolean allSpellings) {
    EventSchemas schemas = new EventSchemas(service);
    List<String> chunks = new ArrayList<>(service.operations().size());
    // One builder per event, not per service: a single non-Latin-1 character (a pattern's
    // Unicode range) turns a builder to two bytes a character, and every later append pays for it.
    StringBuilder out = new StringBuilder(1 << 12);
    for (Operation op : service.operations().values()) {
      out.setLength(0);
      try {
        PathsRenderer.exportLines(schemas.of(op), out, allSpellings);
        chunks.add(out.toString());
      } catch (RuntimeException | StackOverflowError e) {
        // an unusable model in its own words; anything else is a bug, named by its class
        onFailure.accept(
            op.name()
                + ": "
                + (e instanceof io.github.cloudtrailschema.loading.ModelLoadException
                    ? e.getMessage()
                    : String.valueOf(e)));
      }
      if (out.capacity() > 1 << 16) {
        out = new StringBuilder(1 << 12);
      }
    }
    return chunks;
  }
}
