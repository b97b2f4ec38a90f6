package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.loading.ByteCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "What is this event called": a query that is one identifier-like word ({@code RunInstance},
 * {@code createfunction}, {@code CreateTag}) is compared with every event name and operation name
 * by edit distance, case-insensitive. The guesses in public rules are a letter off (Cloud Custodian
 * issue 2668) or the API name where CloudTrail logs another (issue 3292: {@code CreateFunction} is
 * logged as {@code CreateFunction20150331}).
 */
final class NearMiss {
  /** An event whose name is {@code distance} edits from the query. */
  record Match(int event, int distance) {}

  private NearMiss() {}

  /** Whether {@code text} reads as one event name rather than a question. */
  static boolean applies(String text) {
    String t = text.strip();
    if (t.length() < 4) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** How many edits a name of this length may be off: none for short words, 1, then 2. */
  static int allowance(int length) {
    return length < 6 ? 0 : length < 10 ? 1 : 2;
  }

  static List<Match> find(TermIndex index, String text, EventFilter filter) {
    String q = text.strip().toLowerCase(Locale.ROOT);
    int max = allowance(q.length());
    List<Match> out = new ArrayList<>();
    for (int e = 0; e < index.eventCount(); e++) {
      ByteCursor in = index.nameCursor(e);
      int d = distance(q, in, max);
      d = Math.min(d, distance(q, in, max)); // the operation name, when it differs
      if (d <= max && filter.accepts(e)) {
        out.add(new Match(e, d));
      }
    }
    return out;
  }

  /**
   * The distance from {@code q} to the string at the cursor (which then moves past it), or {@code
   * max + 1} when it is further than {@code max}; an empty string is never close.
   */
  private static int distance(String q, ByteCursor in, int max) {
    int n = in.varint();
    int start = in.position();
    in.skip(n);
    if (n == 0 || Math.abs(n - q.length()) > max) {
      return max + 1;
    }
    char[] s = new char[n];
    for (int i = 0; i < n; i++) {
      int b = in.bytes()[start + i] & 0xFF;
      s[i] = b < 0x80 ? Character.toLowerCase((char) b) : '\uFFFF';
    }
    return bounded(q, s, max);
  }

  /** Levenshtein distance with adjacent transpositions, giving up past {@code max}. */
  static int bounded(String a, char[] b, int max) {
    int[] prev2 = new int[b.length + 1];
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length; j++) {
        int cost = a.charAt(i - 1) == b[j - 1] ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b[j - 2] && a.charAt(i - 2) == b[j - 1]) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
}
