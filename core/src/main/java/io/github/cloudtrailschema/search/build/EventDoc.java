package io.github.cloudtrailschema.search.build;

import java.util.List;
import java.util.Map;

/**
 * One event as the index sees it.
 *
 * @param service index into the service table
 * @param operation the model's operation name, when it differs from the event name
 * @param flags {@code IndexFormat.READ_ONLY | DEPRECATED | NON_API}
 * @param terms each stemmed term and where it occurs (an {@code IndexFormat} field mask)
 * @param nameTerms how many distinct terms the event name has
 * @param fields the keys CloudTrail writes in the event's record parts, shallowest first
 */
record EventDoc(
    int service,
    String eventName,
    String operation,
    int flags,
    String summary,
    Map<String, Integer> terms,
    int nameTerms,
    List<FieldOccurrence> fields) {

  /**
   * A key of the record and the first path (shallowest) at which it occurs.
   *
   * @param part bit of the record part: 1 requestParameters, 2 responseElements, 4
   *     additionalEventData, 8 serviceEventDetails
   */
  record FieldOccurrence(String name, int depth, int part, String path) {}
}
