package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.trail.EventCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds events by a question, a near-miss event name or a field, across every service: the entry
 * point of search for the CLI and for other front ends.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.embedded();
 * List<Hit> hits = index.search(Query.of("security group opened to the internet").withLimit(5));
 * }</pre>
 *
 * <p>Order: events whose name is a near miss of a one-word query first (closest first), then events
 * by relevance ({@link TextRanker}); with only a field, the events that carry it, where it sits
 * shallowest first. Ties break by catalogue order, so results are deterministic. An instance is
 * immutable apart from loading its field index on first use, and safe to share.
 */
public final class SearchIndex {
  private final TermIndex terms;
  private final Supplier<byte[]> fieldBytes;
  private volatile FieldIndex fields;

  private SearchIndex(TermIndex terms, Supplier<byte[]> fieldBytes) {
    this.terms = terms;
    this.fieldBytes = fieldBytes;
  }

  /** The index the build compiled into the embedded catalogue; the field index is read lazily. */
  public static SearchIndex embedded() {
    byte[] bytes = ModelCatalog.embeddedFile(IndexFormat.TERMS_FILE);
    return new SearchIndex(
        new TermIndex(bytes), () -> ModelCatalog.embeddedFile(IndexFormat.FIELDS_FILE));
  }

  /** An index from the two files' bytes (an index built in memory, tests). */
  public static SearchIndex of(byte[] termFile, byte[] fieldFile) {
    return new SearchIndex(new TermIndex(termFile), () -> fieldFile);
  }

  /**
   * The words of {@code text} the search will look for (stop words such as "the" or "someone"
   * dropped, phrases such as "turned off" kept together); empty when there are none.
   */
  public List<String> meaningfulWords(String text) {
    List<String> out = new ArrayList<>();
    for (QueryPlan.Concept c : QueryPlan.parse(text, terms.synonyms).concepts()) {
      out.add(c.label());
    }
    return out;
  }

  /** How many events the index covers. */
  public int eventCount() {
    return terms.eventCount();
  }

  /**
   * The best hits for {@code query}, best first.
   *
   * @throws UnknownFieldException when the query names a field no event has
   */
  public List<Hit> search(Query query) {
    FieldIndex.Result field = query.field().map(this::field).orElse(null);
    EventFilter filter =
        new EventFilter(
            terms,
            query.eventSources(),
            query.mutatingOnly(),
            query.category(),
            field == null ? null : field.events());
    List<Hit> out = new ArrayList<>();
    java.util.BitSet taken = new java.util.BitSet();
    String text = query.text().strip();
    if (!text.isEmpty() && NearMiss.applies(text)) {
      nearMisses(text, filter, query.limit(), field, out, taken);
    }
    if (!text.isEmpty()) {
      ranked(text, filter, query.limit(), field, out, taken);
    } else {
      byField(field, filter, query.limit(), out);
    }
    return out;
  }

  private FieldIndex.Result field(String name) {
    FieldIndex.Result r = fieldIndex().find(name);
    if (r == null) {
      List<String> close =
          io.github.cloudtrailschema.trail.Suggestions.closest(name, fieldIndex().names(), 3);
      throw new UnknownFieldException(name, close);
    }
    return r;
  }

  private FieldIndex fieldIndex() {
    FieldIndex f = fields;
    if (f == null) {
      synchronized (this) {
        if (fields == null) {
          fields = new FieldIndex(fieldBytes.get());
        }
        f = fields;
      }
    }
    return f;
  }

  private void nearMisses(
      String text,
      EventFilter filter,
      int limit,
      FieldIndex.Result field,
      List<Hit> out,
      java.util.BitSet taken) {
    List<NearMiss.Match> matches = new ArrayList<>(NearMiss.find(terms, text, filter));
    matches.sort(
        Comparator.comparingInt(NearMiss.Match::distance)
            .thenComparing(m -> -terms.priors[terms.service(m.event())])
            .thenComparingInt(NearMiss.Match::event));
    int max = NearMiss.allowance(text.length());
    for (NearMiss.Match m : matches) {
      if (out.size() >= limit) {
        return;
      }
      String why = (m.distance() == 0 ? "name = " : "name ~ ") + text;
      double score = 100 + 10 * (max + 1 - m.distance()) + terms.priors[terms.service(m.event())];
      out.add(hit(m.event(), score, List.of(why), field));
      taken.set(m.event());
    }
  }

  private void ranked(
      String text,
      EventFilter filter,
      int limit,
      FieldIndex.Result field,
      List<Hit> out,
      java.util.BitSet taken) {
    QueryPlan plan = QueryPlan.parse(text, terms.synonyms);
    TextRanker r = TextRanker.rank(terms, plan, filter);
    for (int e : top(r.scores, limit, taken)) {
      if (out.size() >= limit) {
        return;
      }
      List<String> why = new ArrayList<>();
      for (int c = 0; c < plan.concepts().size() && c < 31; c++) {
        if ((r.conceptMasks[e] & (1 << c)) != 0) {
          why.add(plan.concepts().get(c).label());
        }
      }
      out.add(hit(e, r.scores[e], why, field));
    }
  }

  private void byField(FieldIndex.Result field, EventFilter filter, int limit, List<Hit> out) {
    List<FieldIndex.Occurrence> occ = new ArrayList<>();
    for (FieldIndex.Occurrence o : field.occurrences()) {
      if (filter.accepts(o.event())) {
        occ.add(o);
      }
    }
    occ.sort(
        Comparator.comparingInt(FieldIndex.Occurrence::depth)
            .thenComparing(o -> -terms.priors[terms.service(o.event())])
            .thenComparingInt(FieldIndex.Occurrence::event));
    for (FieldIndex.Occurrence o : occ.subList(0, Math.min(limit, occ.size()))) {
      out.add(hit(o.event(), 1.0 / o.depth(), List.of("field " + field.name()), field));
    }
  }

  /** The events of the {@code limit} best positive scores, best first, ties by event order. */
  private static int[] top(float[] scores, int limit, java.util.BitSet taken) {
    List<Integer> ids = new ArrayList<>();
    for (int e = 0; e < scores.length; e++) {
      if (scores[e] > 0 && !taken.get(e)) {
        ids.add(e);
      }
    }
    ids.sort((a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a]) : a - b);
    return ids.subList(0, Math.min(limit, ids.size())).stream().mapToInt(i -> i).toArray();
  }

  private Hit hit(int event, double score, List<String> why, FieldIndex.Result field) {
    TermIndex.Head h = terms.head(event);
    String[] texts = terms.texts(event);
    Optional<String> path = Optional.empty();
    if (field != null) {
      for (FieldIndex.Occurrence o : field.occurrences()) {
        if (o.event() == event) {
          path = Optional.of(fieldIndex().path(o.pathId()));
        }
      }
    }
    return new Hit(
        terms.serviceNames[h.service()],
        terms.eventSources[h.service()],
        texts[0],
        texts[1].isEmpty() ? texts[0] : texts[1],
        texts[2],
        (h.flags() & IndexFormat.READ_ONLY) != 0,
        (h.flags() & IndexFormat.NON_API) == 0,
        category(h.flags()),
        Math.round(score * 1000) / 1000.0,
        why,
        path);
  }

  /** The category an event's index flags say: data, or management. */
  static EventCategory category(int flags) {
    return (flags & IndexFormat.DATA) != 0 ? EventCategory.DATA : EventCategory.MANAGEMENT;
  }
}
