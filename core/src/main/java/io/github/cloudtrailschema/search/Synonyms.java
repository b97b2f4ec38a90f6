package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.loading.ByteCursor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated synonym table as the index carries it: phrases (stemmed words) and the terms they
 * stand for, with weights. "turned off" → stop, disable, ...; "ami" → image. Read from {@code
 * search.bin}; the data and each row's justification live in {@code curated/search-synonyms.tsv}.
 */
final class Synonyms {
  /** A phrase's stemmed words and what they mean. */
  record Entry(List<String> phrase, Map<String, Float> expansions) {}

  private final List<Entry> entries;
  private final int longest;

  private Synonyms(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    int max = 1;
    for (Entry e : entries) {
      max = Math.max(max, e.phrase().size());
    }
    this.longest = max;
  }

  static Synonyms read(ByteCursor in) {
    int n = in.varint();
    List<Entry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int words = in.varint();
      List<String> phrase = new ArrayList<>(words);
      for (int w = 0; w < words; w++) {
        phrase.add(in.string());
      }
      int k = in.varint();
      Map<String, Float> expansions = new LinkedHashMap<>();
      for (int e = 0; e < k; e++) {
        String term = in.string();
        expansions.put(term, in.u8() / 100f);
      }
      entries.add(new Entry(phrase, expansions));
    }
    return new Synonyms(entries);
  }

  int longest() {
    return longest;
  }

  /** The entry whose phrase is exactly {@code stems}, or null. */
  Entry find(List<String> stems) {
    for (Entry e : entries) {
      if (e.phrase().equals(stems)) {
        return e;
      }
    }
    return null;
  }
}
