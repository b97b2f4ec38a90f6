package io.github.cloudtrailschema.format.selector;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.text.JsonOut;
import io.github.cloudtrailschema.trail.EventCategory;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format selector}: the advanced event selectors that make a trail log the event, as
 * {@code aws cloudtrail put-event-selectors --trail-name T --advanced-event-selectors file://s.json}
 * takes them (a JSON array of {@code {Name, FieldSelectors}}).
 *
 * <p>A data event: {@code eventCategory Data}, the {@code resources.type} its records name and its
 * {@code eventName} (its other names too). A management event: a trail cannot select management
 * events by name (only event data stores can), so the selector logs the management events of the
 * event's {@code readOnly} kind, which the default trail already logs; a note says so.
 */
public final class SelectorRenderer implements EventRenderer {
  /** CloudTrail's limit on a selector's Name. */
  private static final int NAME_MAX = 1000;

  @Override
  public void render(EventSchema event, PrintWriter out) {
    JsonGenerator g = JsonOut.open(out);
    try {
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringField("Name", name(event));
      g.writeArrayFieldStart("FieldSelectors");
      if (event.category() == EventCategory.DATA) {
        equals(g, "eventCategory", List.of(EventCategory.DATA.recordValue()));
        equals(g, "resources.type", List.of(event.facts().dataTypes().get(0)));
        equals(g, "eventName", names(event));
      } else {
        equals(g, "eventCategory", List.of(EventCategory.MANAGEMENT.recordValue()));
        equals(g, "readOnly", List.of(Boolean.toString(event.readOnly())));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonOut.close(g, out);
  }

  private static String name(EventSchema event) {
    String n =
        event.category() == EventCategory.DATA
            ? "Log " + event.eventSource() + " " + event.eventName() + " data events"
            : "Log " + (event.readOnly() ? "read-only" : "write") + " management events (with "
                + event.eventSource() + " " + event.eventName() + ")";
    return n.length() <= NAME_MAX ? n : n.substring(0, NAME_MAX);
  }

  private static List<String> names(EventSchema event) {
    List<String> names = new ArrayList<>();
    names.add(event.eventName());
    names.addAll(event.eventNameAlternatives());
    return names;
  }

  private static void equals(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("Field", field);
    g.writeArrayFieldStart("Equals");
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public List<String> notes(EventSchema event) {
    List<String> notes = new ArrayList<>();
    if (event.category() != EventCategory.DATA) {
      notes.add(
          event.eventName()
              + " is a management event: every trail logs it by default, and a trail's selectors"
              + " cannot name a management event (an event data store's can filter on eventName)");
    } else if (event.facts().categoryInferred()) {
      notes.add(
          event.eventName()
              + " is logged as a data event by inference, not by a documented example: check the"
              + " service's CloudTrail page");
    }
    if (event.category() == EventCategory.DATA && event.facts().dataTypes().size() > 1) {
      notes.add(
          event.eventName()
              + " is also logged under "
              + String.join(", ", event.facts().dataTypes().subList(1, event.facts().dataTypes().size())));
    }
    return notes;
  }
}
