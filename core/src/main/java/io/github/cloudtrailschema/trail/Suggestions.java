package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the closest names by edit distance, case-insensitive. */
public final class Suggestions {
  private Suggestions() {}

  /** Up to {@code limit} candidates close to {@code typed}, closest first, then alphabetically. */
  public static List<String> closest(String typed, Collection<String> candidates, int limit) {
    String t = typed.toLowerCase(Locale.ROOT);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int max = Math.max(2, Math.min(t.length(), lc.length()) / 3);
      if (t.length() > lc.length() + max) {
        continue; // too long to be a typo of c or part of it: skip the quadratic distance
      }
      int d = Math.abs(t.length() - lc.length()) > max ? max + 1 : distance(t, lc);
      if (d <= max) {
        scored.add(new Scored(c, d));
      } else if (t.length() >= 3 && (lc.startsWith(t) || lc.contains(t))) {
        scored.add(new Scored(c, max + 1 + (lc.length() - t.length()) / 4));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    return scored.stream().limit(limit).map(Scored::name).toList();
  }

  /** Levenshtein distance, with adjacent transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
