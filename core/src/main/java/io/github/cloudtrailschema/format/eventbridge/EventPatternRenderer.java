package io.github.cloudtrailschema.format.eventbridge;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.text.JsonOut;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code --format eventbridge}: an EventBridge event pattern matching the event's CloudTrail
 * records. Read-only events need a rule in state {@code
 * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}; that is said in a note (stderr), so the pattern
 * on stdout stays valid JSON to paste.
 */
public final class EventPatternRenderer implements EventRenderer {
  @Override
  public void render(EventSchema event, PrintWriter out) {
    JsonGenerator g = JsonOut.open(out);
    try {
      g.writeStartObject();
      array(g, "source", List.of(EventBridgeFacts.source(event.identity())));
      array(g, "detail-type", List.of(EventBridgeFacts.detailType(event.identity())));
      g.writeObjectFieldStart("detail");
      array(g, "eventSource", List.of(event.eventSource()));
      List<String> names = new java.util.ArrayList<>();
      names.add(event.eventName());
      names.addAll(event.eventNameAlternatives());
      array(g, "eventName", names);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }

  private static void array(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  @Override
  public List<String> notes(EventSchema event) {
    if (event.category() == io.github.cloudtrailschema.trail.EventCategory.DATA) {
      return List.of(
          event.eventName()
              + " is a data event: EventBridge sees it only when a trail logs it, with a"
              + " data-event selector on "
              + String.join(" or ", event.facts().dataTypes())
              + " (--format selector prints one)");
    }
    if (!EventBridgeFacts.needsAllManagementEvents(event.identity())) {
      return List.of();
    }
    return List.of(
        event.eventName()
            + " is read-only: EventBridge delivers it only to rules whose state is "
            + EventBridgeFacts.ALL_MANAGEMENT_EVENTS
            + " (aws events put-rule --state "
            + EventBridgeFacts.ALL_MANAGEMENT_EVENTS
            + ")");
  }
}
