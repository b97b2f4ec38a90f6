package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchemas;
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
  public static String lines(ServiceModel service, Consumer<String> onFailure) {
    EventSchemas schemas = new EventSchemas(service);
    StringBuilder out = new StringBuilder(1 << 14);
    for (Operation op : service.operations().values()) {
      int mark = out.length();
      try {
        PathsRenderer.exportLines(schemas.of(op), out);
      } catch (RuntimeException | StackOverflowError e) {
        out.setLength(mark);
        onFailure.accept(op.name() + ": " + e);
      }
    }
    return out.toString();
  }
}
