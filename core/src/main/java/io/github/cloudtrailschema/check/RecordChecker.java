package io.github.cloudtrailschema.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.overlay.OverlayPaths;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks records: resolves each to its event and matches the parts the event defines ({@code
 * requestParameters}, {@code responseElements}, and {@code additionalEventData} / {@code
 * serviceEventDetails} where the schema has them) leaf by leaf. Thread-safe.
 */
public final class RecordChecker {
  private final EventIndex index;

  public RecordChecker(ModelCatalog catalog) {
    this.index = new EventIndex(catalog);
  }

  public EventIndex index() {
    return index;
  }

  public RecordCheck check(JsonNode record) {
    String source = record.path("eventSource").asText("");
    String name = record.path("eventName").asText("");
    String apiVersion =
        record.path("apiVersion").isTextual() ? record.get("apiVersion").asText() : null;
    EventIndex.Resolution r = index.resolve(source, name, apiVersion);
    if (r.event().isEmpty()) {
      return new RecordCheck(source, name, Optional.empty(), r.reason(), List.of());
    }
    // Where several services log this event under this source, the one explaining most wins.
    RecordCheck best = match(record, source, name, r.event().get());
    for (EventSchema alternative : r.alternatives()) {
      RecordCheck c = match(record, source, name, alternative);
      if (c.explained() > best.explained()) {
        best = c;
      }
    }
    return fromLogs(best);
  }

  /**
   * The record's leaves when its event is in no model: each unknown, in the notation of {@code
   * check}'s other leaves ({@code learn} records them).
   */
  public List<LeafCheck> unknownLeaves(JsonNode record) {
    List<LeafCheck> leaves = new ArrayList<>();
    for (RecordPart d : RecordPart.values()) {
      JsonNode value = record.get(d.recordField());
      if (value == null
          || value.isNull()
          || (value.isObject() && value.isEmpty() && d != RecordPart.INPUT && d != RecordPart.OUTPUT)) {
        continue;
      }
      new RecordMatcher(id -> null, leaves, false)
          .match(value, null, FieldPath.of(d.recordField()), d.recordField());
    }
    return leaves;
  }

  /**
   * Each leaf the user's logs showed for this event (an overlay learned it) counts as explained
   * "from your logs", apart from what the model explains: looked up as {@code learn} wrote it, its
   * data-like keys as {@code *}.
   */
  private static RecordCheck fromLogs(RecordCheck c) {
    EventSchema event = c.event().orElseThrow();
    var learned = event.service().learned(event.operation().name());
    if (learned.isEmpty()) {
      return c;
    }
    java.util.Set<String> paths = new java.util.HashSet<>();
    learned.get().fields().forEach(f -> paths.add(f.path()));
    List<LeafCheck> leaves = new ArrayList<>();
    for (LeafCheck l : c.leaves()) {
      boolean seen = paths.contains(l.overlayPath());
      leaves.add(
          seen ? new LeafCheck(l.path(), l.emptyObject(), LeafCheck.Status.EXPLAINED_BY_LOGS) : l);
    }
    return new RecordCheck(c.eventSource(), c.eventName(), c.event(), c.reason(), leaves);
  }

  private RecordCheck match(JsonNode record, String source, String name, EventSchema event) {
    List<LeafCheck> leaves = new ArrayList<>();
    for (RecordPart d : RecordPart.values()) {
      if (!record.has(d.recordField())) {
        continue;
      }
      JsonNode value = record.get(d.recordField());
      boolean defined =
          d == RecordPart.INPUT || d == RecordPart.OUTPUT || event.parts().containsKey(d);
      if (!defined
          || (value.isObject()
              && value.isEmpty()
              && d != RecordPart.INPUT
              && d != RecordPart.OUTPUT)) {
        continue; // free-form parts the schema does not describe are not scored
      }
      RecordMatcher matcher =
          new RecordMatcher(
              id -> event.expand(id, d), leaves, !name.equals(event.eventName()));
      if (value.isNull()) {
        continue; // what CloudTrail logs for read-only calls, errors and oversized parts: no leaf
      }
      matcher.match(value, event.explaining(d), FieldPath.of(d.recordField()), d.recordField());
    }
    return new RecordCheck(source, name, Optional.of(event), "", leaves);
  }
}
