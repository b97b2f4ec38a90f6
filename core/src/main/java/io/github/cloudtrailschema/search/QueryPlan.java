package io.github.cloudtrailschema.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's words turned into concepts: each concept is what one word (or phrase) of the question
 * means, as alternative index terms with weights. "someone opened a security group to the internet"
 * → {open, authorize, allow, ingress} {security} {group} {internet, ingress, cidr, public}. An
 * event scores a concept by its best alternative, so synonyms widen a word without counting it
 * twice.
 */
record QueryPlan(List<QueryPlan.Concept> concepts) {

  /**
   * @param label the words as typed, for "why it matched"
   * @param terms stemmed term → weight (1 for the word itself)
   */
  record Concept(String label, Map<String, Float> terms) {}

  static QueryPlan parse(String text, Synonyms synonyms) {
    List<String> words = Tokens.words(text);
    List<String> stems = new ArrayList<>(words.size());
    for (String w : words) {
      stems.add(Tokens.stem(w));
    }
    List<Concept> concepts = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int used = 0;
      for (int n = Math.min(synonyms.longest(), words.size() - i); n >= 1 && used == 0; n--) {
        Synonyms.Entry e = synonyms.find(stems.subList(i, i + n));
        if (e != null) {
          Map<String, Float> terms = new LinkedHashMap<>();
          if (n == 1) {
            terms.put(stems.get(i), 1f);
          }
          e.expansions().forEach((t, w) -> terms.merge(t, w, Math::max));
          concepts.add(new Concept(String.join(" ", words.subList(i, i + n)), terms));
          used = n;
        }
      }
      if (used == 0) {
        if (!Tokens.isStopWord(words.get(i))) {
          concepts.add(new Concept(words.get(i), Map.of(stems.get(i), 1f)));
        }
        used = 1;
      }
      i += used;
    }
    return new QueryPlan(merge(concepts));
  }

  /** A word typed twice ("delete ... deleted") is one concept. */
  private static List<Concept> merge(List<Concept> concepts) {
    Map<Map<String, Float>, Concept> seen = new LinkedHashMap<>();
    for (Concept c : concepts) {
      seen.putIfAbsent(c.terms(), c);
    }
    return List.copyOf(seen.values());
  }
}
