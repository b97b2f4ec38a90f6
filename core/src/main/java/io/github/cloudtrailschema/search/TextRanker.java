package io.github.cloudtrailschema.search;

import java.util.List;

/**
 * Scores events against a {@link QueryPlan}.
 *
 * <p>Each concept adds its best alternative's {@code weight × idf × field weight} (the event name
 * counts most; see {@link IndexFormat#fieldWeight}). The sum is then scaled by how many of the
 * query's concepts the event matched (a question is about all its words), by how much of the event
 * name the query covers ("delete trail" is DeleteTrail, not DeleteTrailTags), and by a small
 * service prior from the curated table.
 */
final class TextRanker {
  /** How much a fully covered event name adds: 1 + NAME_BONUS at full coverage. */
  private static final float NAME_BONUS = 0.6f;

  /**
   * When the question says what was done ("disabled", "added") and the event's verb is not that
   * (GetBucketAcl for "bucket ACL modified"), the event ranks lower.
   */
  private static final float OTHER_VERB = 0.7f;

  /** A concept is a verb when this share of its postings are event-name verbs. */
  private static final float VERB_SHARE = 0.3f;

  /** Deprecated operations rank below their replacements. */
  private static final float DEPRECATED = 0.6f;

  final float[] scores;
  final int[] conceptMasks;

  private TextRanker(int n) {
    scores = new float[n];
    conceptMasks = new int[n];
  }

  static TextRanker rank(TermIndex index, QueryPlan plan, EventFilter filter) {
    int n = index.eventCount();
    TextRanker r = new TextRanker(n);
    float[] nameHits = new float[n];
    float[] best = new float[n];
    float[] bestName = new float[n];
    int[] touched = new int[n];
    boolean[] verbHit = new boolean[n];
    boolean queryHasVerb = false;
    List<QueryPlan.Concept> concepts = plan.concepts();
    for (int c = 0; c < concepts.size() && c < 31; c++) {
      int touchedCount = 0;
      int postings = 0;
      int verbs = 0;
      for (var term : concepts.get(c).terms().entrySet()) {
        TermIndex.Postings p = index.postings(term.getKey());
        if (p == null) {
          continue;
        }
        float idf = (float) Math.log(1 + (double) n / p.count);
        while (p.next()) {
          int e = p.event;
          float v = term.getValue() * idf * IndexFormat.fieldWeight(p.mask);
          if (v > best[e]) {
            if (best[e] == 0) {
              touched[touchedCount++] = e;
            }
            best[e] = v;
          }
          if ((p.mask & IndexFormat.NAME) != 0) {
            bestName[e] = Math.max(bestName[e], term.getValue());
          }
          if ((p.mask & IndexFormat.VERB) != 0) {
            verbHit[e] = true;
            verbs++;
          }
          postings++;
        }
      }
      queryHasVerb |= postings > 0 && verbs >= VERB_SHARE * postings;
      for (int i = 0; i < touchedCount; i++) {
        int e = touched[i];
        r.scores[e] += best[e];
        r.conceptMasks[e] |= 1 << c;
        nameHits[e] += bestName[e];
        best[e] = 0;
        bestName[e] = 0;
      }
    }
    int total = Math.min(31, concepts.size());
    for (int e = 0; e < n; e++) {
      if (r.scores[e] == 0) {
        continue;
      }
      if (!filter.accepts(e)) {
        r.scores[e] = 0;
        continue;
      }
      TermIndex.Head h = index.head(e);
      float coverage = (float) Integer.bitCount(r.conceptMasks[e]) / total;
      float name = Math.min(1f, nameHits[e] / Math.max(1, h.nameTerms()));
      float s = r.scores[e] * coverage * (1 + NAME_BONUS * name) * index.priors[h.service()];
      if (queryHasVerb && !verbHit[e]) {
        s *= OTHER_VERB;
      }
      if ((h.flags() & IndexFormat.DEPRECATED) != 0) {
        s *= DEPRECATED;
      }
      r.scores[e] = s;
    }
    return r;
  }
}
