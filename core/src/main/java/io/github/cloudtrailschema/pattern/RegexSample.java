package io.github.cloudtrailschema.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Produces a string that matches a model's {@code pattern}, for example values. It understands the
 * regular-expression subset the AWS models use (classes, escapes, groups, alternation, quantifiers,
 * anchors) and asks {@link Pattern} itself whether a character belongs to a class, so {@code \p{L}}
 * and {@code [^/&&[a-z]]} need no table here. Each result is checked by {@link Pattern}; what it
 * cannot satisfy (look-arounds, back-references) yields nothing.
 */
public final class RegexSample {
  /** Preferred characters: the word "example" reads better than "aaaa". */
  private static final String PREFERRED = "example";

  /** Tried in turn for a class; the last, outside Latin-1, for classes that exclude it all. */
  private static final String FALLBACK =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=+@, ~!#$%^&*()[]{}|;'<>?\"\\`é\t\n\r€";

  /** Repetition counts tried in turn, the shortest first. */
  private static final int[] REPEATS = {0, 1, 2, 3, 5, 8, 12, 16, 24, 32, 64, 128, 256};

  private final String regex;
  private int pos;
  private final StringBuilder out = new StringBuilder();
  private int repeat;
  private int alternative;

  /** Whether a positive look-ahead's text is written (it may be what the rest allows). */
  private final boolean lookahead;

  private RegexSample(String regex, boolean lookahead) {
    this.regex = regex;
    this.lookahead = lookahead;
  }

  /** A string of length {@code min..max} that matches {@code regex}, if one is found. */
  public static Optional<String> sample(String regex, int min, int max) {
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
    java.util.TreeSet<Integer> repeats = new java.util.TreeSet<>();
    for (int r : REPEATS) {
      repeats.add(r);
    }
    for (int r = 0; r <= Math.min(min, 64) + 1; r++) {
      repeats.add(r); // lengths near the minimum: "st-[a-zA-Z0-9]+" of length 16
    }
    for (int attempt = 0; attempt < 6; attempt++) {
      int alt = attempt % 3;
      boolean lookahead = attempt >= 3;
      for (int r : repeats) {
        String s;
        try {
          s = new RegexSample(regex, lookahead).generate(r, alt);
        } catch (RuntimeException e) {
          return Optional.empty();
        }
        int len = s.codePointCount(0, s.length());
        if (len >= min && len <= max && p.matcher(s).matches()) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private String generate(int r, int alt) {
    this.repeat = r;
    this.alternative = alt;
    alternation(true);
    return out.toString();
  }

  /** Parses {@code a|b|c} up to a closing parenthesis; emits the preferred alternative. */
  private void alternation(boolean emit) {
    int start = out.length();
    List<String> produced = new ArrayList<>();
    while (true) {
      int before = out.length();
      sequence(emit);
      produced.add(out.substring(before));
      if (pos < regex.length() && regex.charAt(pos) == '|') {
        pos++;
        continue;
      }
      break;
    }
    out.setLength(start);
    out.append(produced.get(Math.min(alternative, produced.size() - 1)));
  }

  private void sequence(boolean emit) {
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      int atomStart = pos;
      int outStart = out.length();
      atom(emit);
      int atomEnd = pos;
      int[] range = quantifier();
      if (range == null) {
        continue;
      }
      int quantified = pos;
      int count = Math.max(range[0], Math.min(range[1], repeat));
      int[] outer = quantifier(); // {11}{0,1011}: a quantified atom quantified again
      int times = outer == null ? 1 : Math.max(outer[0], Math.min(outer[1], repeat));
      int end = pos;
      out.setLength(outStart);
      for (int i = 0; i < count * times && emit; i++) {
        pos = atomStart;
        atom(true);
      }
      pos = emit ? end : Math.max(end, quantified);
      if (atomEnd > end) {
        throw new IllegalStateException("quantifier parse");
      }
    }
  }

  /** Reads a quantifier after an atom: {min, max}, or null when there is none. */
  private int[] quantifier() {
    if (pos >= regex.length()) {
      return null;
    }
    char c = regex.charAt(pos);
    int[] range;
    if (c == '*') {
      range = new int[] {0, Integer.MAX_VALUE};
      pos++;
    } else if (c == '+') {
      range = new int[] {1, Integer.MAX_VALUE};
      pos++;
    } else if (c == '?') {
      range = new int[] {0, 1};
      pos++;
    } else if (c == '{'
        && regex.indexOf('}', pos) > 0
        && regex.substring(pos + 1, regex.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
      String body = regex.substring(pos + 1, regex.indexOf('}', pos));
      pos = regex.indexOf('}', pos) + 1;
      String[] parts = body.split(",", -1);
      int min = Integer.parseInt(parts[0]);
      int max =
          parts.length == 1
              ? min
              : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
      range = new int[] {min, max};
    } else {
      return null;
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++; // lazy or possessive: the same strings match
    }
    return range;
  }

  private void atom(boolean emit) {
    char c = regex.charAt(pos);
    if (c == '(') {
      pos++;
      if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
        pos += 2;
      } else if (regex.startsWith("?<", pos)
          && !regex.startsWith("?<=", pos)
          && !regex.startsWith("?<!", pos)) {
        pos = regex.indexOf('>', pos) + 1;
      } else if (regex.startsWith("?=", pos)
          || regex.startsWith("?!", pos)
          || regex.startsWith("?<=", pos)
          || regex.startsWith("?<!", pos)) {
        // A look-around matches no text: skip it and let the final check judge the result.
        boolean write = lookahead && regex.startsWith("?=", pos);
        pos += regex.charAt(pos + 1) == '<' ? 3 : 2;
        alternation(emit && write);
        expect(')');
        return;
      } else if (regex.startsWith("?", pos)) {
        // Inline flags, (?i) or (?s:...): the text written as the pattern spells it matches
        // under them too (case-insensitive, dot-all), and the final check confirms it.
        int flagsEnd = pos + 1;
        while (flagsEnd < regex.length() && "idmsuxU-".indexOf(regex.charAt(flagsEnd)) >= 0) {
          flagsEnd++;
        }
        if (flagsEnd == pos + 1 || flagsEnd >= regex.length()) {
          throw new IllegalArgumentException("unknown group construct");
        }
        pos = flagsEnd + 1;
        if (regex.charAt(flagsEnd) == ')') {
          return;
        }
        if (regex.charAt(flagsEnd) != ':') {
          throw new IllegalArgumentException("unknown group construct");
        }
      }
      alternation(emit);
      expect(')');
    } else if (c == '[') {
      int end = classEnd(pos);
      emitFromClass(regex.substring(pos, end), emit);
      pos = end;
    } else if (c == '\\') {
      escape(emit);
    } else if (c == '^' || c == '$') {
      pos++;
    } else if (c == '.') {
      pos++;
      emitChar('e', emit);
    } else {
      pos++;
      emitChar(c, emit);
    }
  }

  private void escape(boolean emit) {
    char e = regex.charAt(pos + 1);
    if ("dDwWsSpPhHvV".indexOf(e) >= 0) {
      int end = pos + 2;
      if ((e == 'p' || e == 'P') && regex.charAt(end) == '{') {
        end = regex.indexOf('}', end) + 1;
      } else if (e == 'p' || e == 'P') {
        end++;
      }
      emitFromClass(regex.substring(pos, end), emit);
      pos = end;
    } else if (e == 'u') {
      emitChar((char) Integer.parseInt(regex.substring(pos + 2, pos + 6), 16), emit);
      pos += 6;
    } else if (e == 'x') {
      emitChar((char) Integer.parseInt(regex.substring(pos + 2, pos + 4), 16), emit);
      pos += 4;
    } else if ("AzZbBG".indexOf(e) >= 0) {
      pos += 2;
    } else if (Character.isDigit(e)) {
      throw new IllegalArgumentException("back-reference");
    } else {
      String special = "t\tn\nr\rf\fe\u001b";
      int i = special.indexOf(e);
      emitChar(i >= 0 && i % 2 == 0 ? special.charAt(i + 1) : e, emit);
      pos += 2;
    }
  }

  /** The index just past the class that starts at {@code start}, nested classes included. */
  private int classEnd(int start) {
    int depth = 0;
    for (int i = start; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && i > start + 1 && !(i == start + 2 && regex.charAt(start + 1) == '^')) {
        if (--depth == 0) {
          return i + 1;
        }
      }
    }
    throw new IllegalArgumentException("unclosed class");
  }

  private void emitFromClass(String cls, boolean emit) {
    if (!emit) {
      return;
    }
    Pattern p = Pattern.compile(cls);
    char wanted = PREFERRED.charAt(out.length() % PREFERRED.length());
    if (p.matcher(String.valueOf(wanted)).matches()) {
      out.append(wanted);
      return;
    }
    for (int i = 0; i < FALLBACK.length(); i++) {
      String s = String.valueOf(FALLBACK.charAt(i));
      if (p.matcher(s).matches()) {
        out.append(s);
        return;
      }
    }
    throw new IllegalArgumentException("no sample character for " + cls);
  }

  private void emitChar(char c, boolean emit) {
    if (emit) {
      out.append(c);
    }
  }

  private void expect(char c) {
    if (pos >= regex.length() || regex.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos);
    }
    pos++;
  }
}
