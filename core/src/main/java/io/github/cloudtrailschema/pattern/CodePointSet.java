package io.github.cloudtrailschema.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An immutable set of Unicode code points as sorted, disjoint, non-adjacent ranges, written as a
 * character class that ECMA-262 (Unicode mode), Python's {@code re} and Java read alike: only
 * {@code \\uXXXX} escapes for the BMP outside printable ASCII, literal code points above it (no
 * engine-specific {@code \\u{…}}/{@code \\x{…}}/{@code \\U…}), and no lone surrogate escapes that
 * an engine could pair up.
 */
final class CodePointSet {
  static final int MAX = Character.MAX_CODE_POINT;
  static final CodePointSet EMPTY = new CodePointSet(new int[0]);
  static final CodePointSet ALL = new CodePointSet(new int[] {0, MAX});

  /** Pairs: start0, end0, start1, end1, … (inclusive). */
  private final int[] ranges;

  private CodePointSet(int[] ranges) {
    this.ranges = ranges;
  }

  static CodePointSet of(int cp) {
    return range(cp, cp);
  }

  static CodePointSet range(int from, int to) {
    return from > to ? EMPTY : new CodePointSet(new int[] {from, to});
  }

  /** {@code "a-zA-Z_"}: single characters and ranges written plainly. */
  static CodePointSet chars(String spec) {
    CodePointSet s = EMPTY;
    int[] cps = spec.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      if (i + 2 < cps.length && cps[i + 1] == '-') {
        s = s.union(range(cps[i], cps[i + 2]));
        i += 2;
      } else {
        s = s.union(of(cps[i]));
      }
    }
    return s;
  }

  /** Every code point that {@code test} accepts (scans all of Unicode: cache the result). */
  static CodePointSet matching(IntPredicate test) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int cp = 0; cp <= MAX + 1; cp++) {
      boolean in = cp <= MAX && test.test(cp);
      if (in && start < 0) {
        start = cp;
      } else if (!in && start >= 0) {
        out.add(new int[] {start, cp - 1});
        start = -1;
      }
    }
    return fromList(out);
  }

  private static CodePointSet fromList(List<int[]> sorted) {
    List<int[]> merged = new ArrayList<>();
    for (int[] r : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    int[] flat = new int[merged.size() * 2];
    for (int i = 0; i < merged.size(); i++) {
      flat[2 * i] = merged.get(i)[0];
      flat[2 * i + 1] = merged.get(i)[1];
    }
    return new CodePointSet(flat);
  }

  CodePointSet union(CodePointSet o) {
    if (o.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return o;
    }
    // Merge two sorted range lists in one pass.
    List<int[]> all = new ArrayList<>(ranges.length / 2 + o.ranges.length / 2);
    int i = 0;
    int j = 0;
    while (i < ranges.length || j < o.ranges.length) {
      if (j >= o.ranges.length || (i < ranges.length && ranges[i] <= o.ranges[j])) {
        all.add(new int[] {ranges[i], ranges[i + 1]});
        i += 2;
      } else {
        all.add(new int[] {o.ranges[j], o.ranges[j + 1]});
        j += 2;
      }
    }
    return fromList(all);
  }

  CodePointSet complement() {
    List<int[]> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      if (ranges[i] > next) {
        out.add(new int[] {next, ranges[i] - 1});
      }
      next = ranges[i + 1] + 1;
    }
    if (next <= MAX) {
      out.add(new int[] {next, MAX});
    }
    return fromList(out);
  }

  CodePointSet intersect(CodePointSet o) {
    return complement().union(o.complement()).complement();
  }

  /** Adds the other ASCII case of each ASCII letter (Java's default case-insensitivity). */
  CodePointSet asciiCaseInsensitive() {
    CodePointSet s = this;
    CodePointSet upper = intersect(range('A', 'Z'));
    CodePointSet lower = intersect(range('a', 'z'));
    for (int i = 0; i < upper.ranges.length; i += 2) {
      s = s.union(range(upper.ranges[i] + 32, upper.ranges[i + 1] + 32));
    }
    for (int i = 0; i < lower.ranges.length; i += 2) {
      s = s.union(range(lower.ranges[i] - 32, lower.ranges[i + 1] - 32));
    }
    return s;
  }

  boolean isEmpty() {
    return ranges.length == 0;
  }

  boolean contains(int cp) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (cp >= ranges[i] && cp <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** The set as one atom: a literal, a class, {@code [^…]} when shorter, or never-matching. */
  String toRegex() {
    if (isEmpty()) {
      return "(?!)";
    }
    if (ranges.length == 2 && ranges[0] == ranges[1]) {
      return literal(ranges[0], false);
    }
    if (equals(ALL)) {
      return "[\\s\\S]";
    }
    String plain = "[" + body() + "]";
    String negated = "[^" + complement().body() + "]";
    return negated.length() < plain.length() ? negated : plain;
  }

  /**
   * The class body. Low-surrogate ranges are written before high-surrogate ones, so that no {@code
   * \\uD8xx} escape is directly followed by a {@code \\uDCxx} one, which Java and ECMA-262 would
   * read as one supplementary character.
   */
  private String body() {
    StringBuilder normal = new StringBuilder();
    StringBuilder low = new StringBuilder();
    StringBuilder high = new StringBuilder();
    for (int i = 0; i < ranges.length; i += 2) {
      int from = ranges[i];
      int to = ranges[i + 1];
      split(from, Math.min(to, 0xD7FF), normal);
      split(Math.max(from, 0xD800), Math.min(to, 0xDBFF), high);
      split(Math.max(from, 0xDC00), Math.min(to, 0xDFFF), low);
      split(Math.max(from, 0xE000), to, normal);
    }
    return low.toString() + high + normal;
  }

  private static void split(int from, int to, StringBuilder b) {
    if (from > to) {
      return;
    }
    // Readable ASCII: digits and each case of letters as their own ranges, short runs of
    // punctuation as characters ([+,\-.0-9] rather than [+-.0-9]).
    if (from < 0x80) {
      int end = Math.min(to, groupEnd(from));
      if (end - from < 4 && !Character.isLetterOrDigit(from)) {
        for (int cp = from; cp <= end; cp++) {
          b.append(literal(cp, true));
        }
      } else {
        range(from, end, b);
      }
      split(end + 1, to, b);
      return;
    }
    range(from, to, b);
  }

  /** The last code point of the ASCII group (digits, upper, lower, other runs) {@code cp} is in. */
  private static int groupEnd(int cp) {
    if (cp >= '0' && cp <= '9') {
      return '9';
    }
    if (cp >= 'A' && cp <= 'Z') {
      return 'Z';
    }
    if (cp >= 'a' && cp <= 'z') {
      return 'z';
    }
    if (cp < '0') {
      return '0' - 1;
    }
    if (cp < 'A') {
      return 'A' - 1;
    }
    if (cp < 'a') {
      return 'a' - 1;
    }
    return 0x7F;
  }

  private static void range(int from, int to, StringBuilder b) {
    b.append(literal(from, true));
    if (to > from + 1) {
      b.append('-');
    }
    if (to > from) {
      b.append(literal(to, true));
    }
  }

  /** One code point as the three engines read it alike, in a class or outside one. */
  static String literal(int cp, boolean inClass) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      return Character.toString(cp);
    }
    switch (cp) {
      case '\t':
        return "\\t";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      default:
        break;
    }
    if (cp > 0xFFFF) {
      return Character.toString(cp);
    }
    if (cp >= 0x20 && cp < 0x7F) {
      String special = inClass ? "\\]-[^" : "^$\\.*+?()[]{}|";
      return special.indexOf(cp) >= 0 ? "\\" + (char) cp : Character.toString(cp);
    }
    return String.format("\\u%04X", cp);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodePointSet s && Arrays.equals(ranges, s.ranges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ranges);
  }
}
