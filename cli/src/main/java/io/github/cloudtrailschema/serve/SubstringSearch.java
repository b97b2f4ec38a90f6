package io.github.cloudtrailschema.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The simple search: every word of the query must occur (any case) in the event's name, service,
 * event source or summary; hits whose event name equals, starts with or contains the query rank
 * first. The static site's page applies the same rule to its search index.
 */
public final class SubstringSearch implements EventSearch {
  private final List<EventEntry> entries;
  private final List<String> haystacks = new ArrayList<>();

  public SubstringSearch(List<EventEntry> entries) {
    this.entries = List.copyOf(entries);
    for (EventEntry e : this.entries) {
      haystacks.add(
          (e.eventName() + " " + e.service() + " " + e.eventSource() + " " + e.summary())
              .toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public List<EventEntry> search(String query, int limit) {
    String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    String[] words = q.split("\\s+");
    record Hit(EventEntry entry, int rank) {}
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (containsAll(haystacks.get(i), words)) {
        hits.add(new Hit(entries.get(i), rank(entries.get(i), q)));
      }
    }
    hits.sort(
        Comparator.comparingInt(Hit::rank)
            .thenComparingInt(h -> h.entry().eventName().length())
            .thenComparing(h -> h.entry().eventName())
            .thenComparing(h -> h.entry().service()));
    return hits.stream().limit(limit).map(Hit::entry).toList();
  }

  private static boolean containsAll(String haystack, String[] words) {
    for (String w : words) {
      if (!haystack.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static int rank(EventEntry e, String q) {
    String name = e.eventName().toLowerCase(Locale.ROOT);
    if (name.equals(q)) {
      return 0;
    }
    if (name.startsWith(q)) {
      return 1;
    }
    if (name.contains(q)) {
      return 2;
    }
    return e.service().toLowerCase(Locale.ROOT).contains(q) ? 3 : 4;
  }
}
