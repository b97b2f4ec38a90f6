package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.trail.EventCategory;
import java.util.List;
import java.util.Optional;

/**
 * One event a search found.
 *
 * @param service the catalogue name of its service ({@code ec2}, {@code signin})
 * @param eventSource as CloudTrail logs it
 * @param eventName as CloudTrail logs it ({@code CreateFunction20150331})
 * @param operation the API operation it logs ({@code CreateFunction}); the event name for non-API
 *     events
 * @param summary the first sentence of the operation's documentation
 * @param readOnly whether CloudTrail marks it {@code readOnly: true}
 * @param apiCall an API call ({@code AwsApiCall}), not a curated non-API event
 * @param category its {@code eventCategory}
 * @param score relevance; only comparable within one search
 * @param matched why it matched: the query words that hit, {@code name ~ RunInstance} for a
 *     near-miss name, or the field
 * @param fieldPath with a field query: the shallowest path of the field in the record
 */
public record Hit(
    String service,
    String eventSource,
    String eventName,
    String operation,
    String summary,
    boolean readOnly,
    boolean apiCall,
    EventCategory category,
    double score,
    List<String> matched,
    Optional<String> fieldPath) {
  public Hit {
    matched = List.copyOf(matched);
  }

  /** The command that shows this event: {@code cloudtrail-schema ec2.RunInstances}. */
  public String command() {
    return "cloudtrail-schema " + service + "." + eventName;
  }
}
