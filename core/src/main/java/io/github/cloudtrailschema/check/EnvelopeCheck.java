package io.github.cloudtrailschema.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.trail.RecordResources;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.RecordPart;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record's envelope facts against the schema's: {@code eventCategory}, {@code
 * managementEvent} and {@code readOnly} where the record has them, the types of its {@code
 * resources}, and {@code additionalEventData} keys of an event the schema gives none. A network
 * activity record ({@code AwsVpceEvent}) of an API call's name is not the call's record and is not
 * compared.
 */
final class EnvelopeCheck {
  private EnvelopeCheck() {}

  static List<RecordCheck.EnvelopeFinding> check(JsonNode record, EventSchema event) {
    List<RecordCheck.EnvelopeFinding> out = new ArrayList<>();
    if (record.path("eventType").asText("").equals("AwsVpceEvent")) {
      return out;
    }
    JsonNode category = record.get("eventCategory");
    if (category != null && category.isTextual()) {
      String schema = event.category().recordValue();
      out.add(
          new RecordCheck.EnvelopeFinding(
              "eventCategory",
              category.asText().equals(schema) || event.facts().categoryInferred()
                  ? ""
                  : "eventCategory " + category.asText() + " (schema: " + schema + ")"));
    }
    JsonNode management = record.get("managementEvent");
    if (management != null
        && management.isBoolean()
        && event.facts().managementEvent().isPresent()) {
      boolean schema = event.facts().managementEvent().get();
      out.add(
          new RecordCheck.EnvelopeFinding(
              "managementEvent",
              management.asBoolean() == schema || event.facts().categoryInferred()
                  ? ""
                  : "managementEvent " + management.asBoolean() + " (schema: " + schema + ")"));
    }
    JsonNode readOnly = record.get("readOnly");
    if (readOnly != null && readOnly.isBoolean()) {
      out.add(
          new RecordCheck.EnvelopeFinding(
              "readOnly",
              readOnly.asBoolean() == event.readOnly()
                  ? ""
                  : "readOnly " + readOnly.asBoolean() + " (schema: " + event.readOnly() + ")"));
    }
    resources(record.get("resources"), event, out);
    additionalEventData(record.get("additionalEventData"), event, out);
    return out;
  }

  private static void resources(
      JsonNode resources, EventSchema event, List<RecordCheck.EnvelopeFinding> out) {
    if (resources == null || !resources.isArray() || resources.isEmpty()) {
      return;
    }
    Set<String> schema = new LinkedHashSet<>();
    for (RecordResources.Element e : event.facts().resources()) {
      schema.add(e.type());
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (JsonNode element : resources) {
      JsonNode type = element.get("type");
      if (type != null && type.isTextual() && !schema.contains(type.asText())) {
        unknown.add(type.asText());
      }
    }
    String disagreement = "";
    if (!unknown.isEmpty()) {
      disagreement =
          "resources type "
              + String.join(", ", unknown)
              + " (schema: "
              + (schema.isEmpty() ? "none" : String.join(", ", schema))
              + ")";
    }
    out.add(new RecordCheck.EnvelopeFinding("resources.type", disagreement));
  }

  /** Keys of an additionalEventData the schema says nothing of (else its leaves are matched). */
  private static void additionalEventData(
      JsonNode aed, EventSchema event, List<RecordCheck.EnvelopeFinding> out) {
    if (aed == null || !aed.isObject() || aed.isEmpty()
        || event.parts().containsKey(RecordPart.ADDITIONAL)) {
      return;
    }
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = aed.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    out.add(
        new RecordCheck.EnvelopeFinding(
            "additionalEventData",
            "additionalEventData keys " + String.join(", ", keys) + " (schema: none)"));
  }
}
