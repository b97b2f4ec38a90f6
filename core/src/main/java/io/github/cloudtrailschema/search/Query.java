package io.github.cloudtrailschema.search;

import java.util.Optional;
import java.util.Set;

/**
 * What to search for.
 *
 * @param text the question or a near-miss event name; may be blank when {@code field} is given
 * @param field a key CloudTrail writes in requestParameters/responseElements ({@code cidrIp}), any
 *     case: only events whose record has it
 * @param eventSources only events of these sources ({@code ec2.amazonaws.com}); empty for all
 * @param mutatingOnly leave out read-only events
 * @param limit at most this many hits, at least 1
 */
public record Query(
    String text,
    Optional<String> field,
    Set<String> eventSources,
    boolean mutatingOnly,
    int limit) {
  public static final int DEFAULT_LIMIT = 10;

  public Query {
    eventSources = Set.copyOf(eventSources);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    if (text.isBlank() && field.isEmpty()) {
      throw new IllegalArgumentException("a query needs words or a field");
    }
  }

  /** Words, every service, read-only events too, the default limit. */
  public static Query of(String text) {
    return new Query(text, Optional.empty(), Set.of(), false, DEFAULT_LIMIT);
  }

  /** The events whose record carries {@code name}, every service, the default limit. */
  public static Query byField(String name) {
    return new Query("", Optional.of(name), Set.of(), false, DEFAULT_LIMIT);
  }

  public Query withEventSources(Set<String> sources) {
    return new Query(text, field, sources, mutatingOnly, limit);
  }

  public Query withLimit(int n) {
    return new Query(text, field, eventSources, mutatingOnly, n);
  }
}
