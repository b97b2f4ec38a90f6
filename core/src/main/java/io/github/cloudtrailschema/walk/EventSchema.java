package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventCategory;
import io.github.cloudtrailschema.trail.EventIdentity;
import io.github.cloudtrailschema.trail.RecordFacts;
import java.util.List;
import java.util.Map;
import io.github.cloudtrailschema.model.EventType;

/**
 * Everything known about one CloudTrail event, as every output format consumes it.
 *
 * @param eventSource {@code iam.amazonaws.com}
 * @param eventName the name CloudTrail logs ({@code CreateFunction20150331} for Lambda)
 * @param eventNameAlternatives other names the same event is logged under, if any
 * @param eventType {@code AwsApiCall}, {@code AwsConsoleSignIn}, {@code AwsServiceEvent}, ...
 * @param readOnly whether CloudTrail marks the event {@code readOnly: true} (Get, List, Describe
 *     calls, and the documented exceptions); EventBridge does not deliver those by default
 * @param facts the record around the event: its category, {@code resources}, documented {@code
 *     additionalEventData} keys
 * @param parts the record parts this event fills, in record order; a part absent from the map is
 *     not logged, and a present part with no root is logged as {@code null}
 * @param shaper the service's convention that made the parts, for expanding more on demand
 */
public record EventSchema(
    ServiceModel service,
    Operation operation,
    String eventSource,
    String eventName,
    List<String> eventNameAlternatives,
    EventType eventType,
    boolean readOnly,
    RecordFacts facts,
    Map<RecordPart, EventStructure> parts,
    EventShaper shaper) {

  public EventSchema {
    eventNameAlternatives = List.copyOf(eventNameAlternatives);
    java.util.EnumMap<RecordPart, EventStructure> copy = new java.util.EnumMap<>(RecordPart.class);
    copy.putAll(parts);
    parts = java.util.Collections.unmodifiableMap(copy);
  }

  /** The names and flags that decide how the event is delivered ({@code trail.EventBridgeFacts}). */
  public EventIdentity identity() {
    return new EventIdentity(eventSource, eventName, eventType, readOnly, facts.category());
  }

  /** The record's {@code eventCategory}. */
  public EventCategory category() {
    return facts.category();
  }

  /**
   * Expands a shape again, where a recursion cut stood and a real record goes deeper ({@code
   * check}).
   */
  public Node expand(io.github.cloudtrailschema.model.ShapeId shape, RecordPart d) {
    return new ShapeWalker(service, shaper.rules(operation, d)).node(shape);
  }

  /**
   * The part as the API returns it even where CloudTrail logs {@code null}: a read-only call's
   * response, which a few services do log.
   */
  public EventStructure unlogged(RecordPart d) {
    return shaper.shape(operation, d);
  }

  /**
   * What explains the value a real record has in part {@code d}: the part as logged, or, where
   * CloudTrail usually logs a read-only call's response as {@code null} but a record does carry one
   * (STS GetSessionToken), the API's response. Null when nothing does.
   */
  public Node explaining(RecordPart d) {
    Node root = part(d).root().orElse(null);
    if (root == null && d == RecordPart.OUTPUT && readOnly) {
      root = unlogged(d).root().orElse(null);
    }
    return root;
  }

  /** The part, or a null-valued one when the event does not fill it. */
  public EventStructure part(RecordPart d) {
    EventStructure s = parts.get(d);
    return s != null ? s : new EventStructure(service, operation, d, java.util.Optional.empty());
  }
}
