package io.github.cloudtrailschema.serve;

import io.github.cloudtrailschema.search.Hit;
import io.github.cloudtrailschema.search.Query;
import io.github.cloudtrailschema.search.SearchIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code search} command's ranking behind the explorer's search box, with the substring rule
 * for what a ranking of whole words cannot know while someone is still typing: an exact event name,
 * or for one word the event names it begins, first ({@code CreateP} finds {@code CreatePolicy}
 * before the word is complete), then the ranked hits, then events whose name or summary contains
 * the text.
 */
public final class RankedSearch implements EventSearch {
  private final SearchIndex index;
  private final EventSearch substring;

  public RankedSearch(SearchIndex index, EventSearch substring) {
    this.index = index;
    this.substring = substring;
  }

  @Override
  public List<EventEntry> search(String query, int limit) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    List<EventEntry> plain = substring.search(q, limit);
    List<EventEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // One word is usually an event name being typed: names it begins go first.
    boolean oneWord = q.chars().noneMatch(Character::isWhitespace);
    String lower = q.toLowerCase(java.util.Locale.ROOT);
    for (EventEntry e : plain) {
      String name = e.eventName().toLowerCase(java.util.Locale.ROOT);
      if (name.equals(lower) || (oneWord && name.startsWith(lower))) {
        add(e, out, seen, limit);
      }
    }
    for (Hit h : ranked(q, limit)) {
      add(
          new EventEntry(
              h.service(),
              h.eventSource(),
              h.eventName(),
              "",
              h.apiCall() ? "AwsApiCall" : "",
              h.readOnly(),
              h.category() == io.github.cloudtrailschema.trail.EventCategory.DATA,
              false,
              h.summary()),
          out,
          seen,
          limit);
    }
    for (EventEntry e : plain) {
      add(e, out, seen, limit);
    }
    return out;
  }

  private List<Hit> ranked(String q, int limit) {
    try {
      return index.search(Query.of(q).withLimit(limit));
    } catch (RuntimeException onlyStopWordsOrNoSuchField) {
      return List.of();
    }
  }

  private static void add(EventEntry e, List<EventEntry> out, Set<String> seen, int limit) {
    if (out.size() < limit && seen.add(e.service() + "/" + e.eventName())) {
      out.add(e);
    }
  }
}
