package io.github.cloudtrailschema.serve;

import java.util.List;

/**
 * Finds events for the explorer's search box. A small interface so that a ranked index can stand
 * in for {@link SubstringSearch} without the server or the page changing.
 */
public interface EventSearch {
  /** At most {@code limit} events matching {@code query}, best first; empty for a blank query. */
  List<EventEntry> search(String query, int limit);
}
