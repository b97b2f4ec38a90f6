package io.github.cloudtrailschema.format;

import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;
import java.util.List;

/** One output format of one event. Implementations are stateless between events. */
public interface EventRenderer {
  void render(EventSchema event, PrintWriter out);

  /**
   * Remarks for the user that must not go into the output itself (which is often pasted as is): the
   * command prints them on stderr.
   */
  default List<String> notes(EventSchema event) {
    return List.of();
  }
}
