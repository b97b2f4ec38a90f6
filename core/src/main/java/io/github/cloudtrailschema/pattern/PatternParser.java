package io.github.cloudtrailschema.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recursive-descent reader behind {@link PortablePattern}: reads Java's regex syntax and writes
 * the common form as it goes. Each piece knows its width range, for Python's fixed-width
 * look-behind rule, and whether a quantifier may follow it directly.
 */
final class PatternParser {
  /** A construct without a faithful portable form. */
  static final class Untranslatable extends RuntimeException {
    Untranslatable(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * Written text with its width in code points ({@code max} −1: unbounded).
   *
   * @param quantifiable whether a quantifier may follow as is (not a look-around or anchor, not
   *     already quantified)
   * @param singleBranch whether it has no top-level {@code |}
   */
  record Piece(String text, int min, int max, boolean quantifiable, boolean singleBranch) {}

  private static final int INF = -1;
  // Capture groups of the possessive idiom are numbered when the whole text is known: an outer
  // group opens before an inner one that was written first.
  private static final char OPEN = '\u0001';
  private static final char REF = '\u0002';
  private static final char END = '\u0003';

  private final String src;
  private int pos;
  private boolean caseless;
  private boolean dotAll;
  private int captures;

  PatternParser(String src) {
    this.src = src;
  }

  Piece parseAll() {
    Piece p = alternation();
    if (pos < src.length()) {
      throw new Untranslatable("unbalanced ')' at " + pos);
    }
    return new Piece(number(p.text()), p.min(), p.max(), true, p.singleBranch());
  }

  private Piece alternation() {
    List<Piece> branches = new ArrayList<>();
    branches.add(sequence());
    while (more() && peek() == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    StringBuilder b = new StringBuilder();
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (Piece p : branches) {
      b.append(b.length() == 0 && p == branches.get(0) ? "" : "|").append(p.text());
      min = Math.min(min, p.min());
      max = max == INF || p.max() == INF ? INF : Math.max(max, p.max());
    }
    return new Piece(b.toString(), min, max, false, false);
  }

  private Piece sequence() {
    StringBuilder b = new StringBuilder();
    int min = 0;
    int max = 0;
    while (more() && peek() != '|' && peek() != ')') {
      Piece atom = quantified(atom());
      b.append(atom.text());
      min += atom.min();
      max = max == INF || atom.max() == INF ? INF : max + atom.max();
    }
    return new Piece(b.toString(), min, max, false, true);
  }

  private Piece quantified(Piece atom) {
    if (more() && "*+?{".indexOf(peek()) >= 0) {
      atom = quantifier(atom);
      // Java reads a second {n,m} after a quantifier as repeating nothing: a{2}{0,3} is a{2}.
      while (more() && peek() == '{' && src.indexOf('}', pos) > 0
          && src.substring(pos + 1, src.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
        pos = src.indexOf('}', pos) + 1;
      }
      if (more() && "*+?".indexOf(peek()) >= 0) {
        throw new Untranslatable("dangling quantifier at " + pos);
      }
    }
    return atom;
  }

  private Piece quantifier(Piece atom) {
    {
      int qmin;
      int qmax;
      String q;
      char c = src.charAt(pos++);
      switch (c) {
        case '*' -> {
          qmin = 0;
          qmax = INF;
          q = "*";
        }
        case '+' -> {
          qmin = 1;
          qmax = INF;
          q = "+";
        }
        case '?' -> {
          qmin = 0;
          qmax = 1;
          q = "?";
        }
        default -> {
          int close = src.indexOf('}', pos);
          String spec = close < 0 ? "" : src.substring(pos, close);
          if (!spec.matches("\\d+(,\\d*)?")) {
            throw new Untranslatable("'{' that is not a quantifier at " + (pos - 1));
          }
          pos = close + 1;
          String[] parts = spec.split(",", -1);
          qmin = Integer.parseInt(parts[0]);
          qmax = parts.length == 1 ? qmin : parts[1].isEmpty() ? INF : Integer.parseInt(parts[1]);
          q = "{" + spec + "}";
        }
      }
      if (atom.text().isEmpty()) {
        throw new Untranslatable("quantifier without an atom at " + (pos - 1));
      }
      String base = atom.quantifiable() ? atom.text() : "(?:" + atom.text() + ")";
      int min = atom.min() * qmin;
      int max = atom.max() == INF || qmax == INF ? INF : atom.max() * qmax;
      if (more() && peek() == '?') {
        pos++;
        atom = new Piece(base + q + "?", min, max, false, true);
      } else if (more() && peek() == '+') {
        pos++;
        atom = new Piece(atomic(base + q), min, max, false, true);
      } else {
        atom = new Piece(base + q, min, max, false, true);
      }
    }
    return atom;
  }

  /** {@code (?>X)} as all three engines can say it: look ahead, capture, match the capture. */
  private String atomic(String x) {
    int id = captures++;
    return "(?=" + OPEN + id + END + "(" + x + "))" + REF + id + END;
  }

  private Piece atom() {
    char c = peek();
    switch (c) {
      case '(':
        return group();
      case '[':
        return set(charClass());
      case '.':
        pos++;
        return set(dotAll ? CodePointSet.ALL : UnicodeClasses.NOT_DOT.complement());
      case '^':
        pos++;
        return anchor("^");
      case '$':
        pos++;
        return anchor("$");
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
        throw new Untranslatable("dangling quantifier at " + pos);
      case '{':
        throw new Untranslatable("'{' that is not a quantifier at " + pos);
      default:
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return set(CodePointSet.of(cp));
    }
  }

  private Piece anchor(String a) {
    // Multi-line anchors have no common form.
    return new Piece(a, 0, 0, false, true);
  }

  private Piece set(CodePointSet s) {
    return new Piece((caseless ? s.asciiCaseInsensitive() : s).toRegex(), 1, 1, true, true);
  }

  private Piece group() {
    pos++; // (
    boolean savedCaseless = caseless;
    boolean savedDotAll = dotAll;
    String open = "(?:";
    boolean lookBehind = false;
    boolean atomic = false;
    if (more() && peek() == '?') {
      pos++;
      char k = next();
      if (k == ':') {
        open = "(?:";
      } else if (k == '=' || k == '!') {
        open = "(?" + k;
      } else if (k == '>') {
        atomic = true;
      } else if (k == '<' && more() && (peek() == '=' || peek() == '!')) {
        open = "(?<" + next();
        lookBehind = true;
      } else if (k == '<') {
        int close = src.indexOf('>', pos);
        if (close < 0) {
          throw new Untranslatable("unterminated group name");
        }
        pos = close + 1; // a named group matches as a plain one: names are not portable
      } else {
        pos--;
        boolean scoped = flags();
        if (!scoped) {
          return new Piece("", 0, 0, false, true); // (?i): applies to the rest of the group
        }
      }
    }
    Piece inner = alternation();
    if (!more() || next() != ')') {
      throw new Untranslatable("unclosed group");
    }
    caseless = savedCaseless;
    dotAll = savedDotAll;
    if (lookBehind && (inner.max() == INF || inner.min() != inner.max())) {
      throw new Untranslatable("a look-behind of varying width (Python's re refuses it)");
    }
    if (atomic) {
      return new Piece(atomic("(?:" + inner.text() + ")"), inner.min(), inner.max(), true, true);
    }
    boolean look = open.length() > 3 || open.equals("(?=") || open.equals("(?!");
    return new Piece(
        open + inner.text() + ")",
        look ? 0 : inner.min(),
        look ? 0 : inner.max(),
        !look,
        true);
  }

  /** Reads {@code i-s)} or {@code i:}; true when the flags scope a group that follows. */
  private boolean flags() {
    boolean on = true;
    while (more()) {
      char f = next();
      switch (f) {
        case '-' -> on = false;
        case 'i' -> caseless = on;
        case 's' -> dotAll = on;
        case ')' -> {
          return false;
        }
        case ':' -> {
          return true;
        }
        default -> throw new Untranslatable("inline flag '" + f + "' has no common form");
      }
    }
    throw new Untranslatable("unterminated inline flags");
  }

  private Piece escape() {
    pos++; // backslash
    if (!more()) {
      throw new Untranslatable("trailing backslash");
    }
    char c = peek();
    switch (c) {
      case 'A':
        pos++;
        return anchor("^");
      case 'z':
      case 'Z':
        pos++;
        return anchor("$");
      case 'Q':
        return quoted();
      case 'b':
      case 'B':
        throw new Untranslatable("word boundary \\" + c + " (its word characters differ by engine)");
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      throw new Untranslatable("back-reference \\" + c);
    }
    if ("GRXkN".indexOf(c) >= 0) {
      throw new Untranslatable("\\" + c + " has no common form");
    }
    return set(escapedSet());
  }

  /** {@code \Q…\E}: the characters themselves. */
  private Piece quoted() {
    pos++; // Q
    int end = src.indexOf("\\E", pos);
    String text = end < 0 ? src.substring(pos) : src.substring(pos, end);
    pos = end < 0 ? src.length() : end + 2;
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(cp -> b.append(set(CodePointSet.of(cp)).text()));
    int n = (int) text.codePoints().count();
    return new Piece(b.toString(), n, n, n == 1, true);
  }

  /** After a backslash: a shorthand or named class, or one escaped character, as a set. */
  private CodePointSet escapedSet() {
    char c = next();
    var shorthand = UnicodeClasses.shorthand(c);
    if (shorthand.isPresent()) {
      return shorthand.get();
    }
    if (c == 'p' || c == 'P') {
      String name;
      if (more() && peek() == '{') {
        int close = src.indexOf('}', pos);
        if (close < 0) {
          throw new Untranslatable("unterminated \\p{");
        }
        name = src.substring(pos + 1, close);
        pos = close + 1;
      } else {
        name = String.valueOf(next());
      }
      CodePointSet s =
          UnicodeClasses.named(name)
              .orElseThrow(() -> new Untranslatable("unknown class \\p{" + name + "}"));
      return c == 'P' ? s.complement() : s;
    }
    return CodePointSet.of(escapedChar(c));
  }

  private int escapedChar(char c) {
    switch (c) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'a':
        return 7;
      case 'e':
        return 27;
      case '0':
        return octal();
      case 'x':
        return hex();
      case 'u':
        return unicode();
      case 'c':
        return next() ^ 64;
      default:
        if (Character.isLetterOrDigit(c)) {
          throw new Untranslatable("unknown escape \\" + c);
        }
        return c;
    }
  }

  private int octal() {
    int v = 0;
    int n = 0;
    while (n < 3 && more() && peek() >= '0' && peek() <= '7' && v * 8 + (peek() - '0') <= 0377) {
      v = v * 8 + (next() - '0');
      n++;
    }
    if (n == 0) {
      throw new Untranslatable("bad octal escape");
    }
    return v;
  }

  private int hex() {
    if (more() && peek() == '{') {
      int close = src.indexOf('}', pos);
      int v = parseHex(src.substring(pos + 1, Math.max(pos + 1, close)));
      pos = close + 1;
      return v;
    }
    int v = parseHex(src.substring(pos, Math.min(src.length(), pos + 2)));
    pos += 2;
    return v;
  }

  private int unicode() {
    int v = parseHex(src.substring(pos, Math.min(src.length(), pos + 4)));
    pos += 4;
    if (Character.isHighSurrogate((char) v) && src.startsWith("\\u", pos)) {
      int low = parseHex(src.substring(pos + 2, Math.min(src.length(), pos + 6)));
      if (Character.isLowSurrogate((char) low)) {
        pos += 6;
        return Character.toCodePoint((char) v, (char) low);
      }
    }
    return v;
  }

  private static int parseHex(String s) {
    try {
      return Integer.parseInt(s, 16);
    } catch (NumberFormatException e) {
      throw new Untranslatable("bad hex escape '" + s + "'");
    }
  }

  /** {@code […]} with Java's unions, nested classes, {@code &&} and negation, as one set. */
  private CodePointSet charClass() {
    pos++; // [
    boolean negate = more() && peek() == '^';
    if (negate) {
      pos++;
    }
    CodePointSet result = null;
    CodePointSet current = CodePointSet.EMPTY;
    boolean first = true;
    while (true) {
      if (!more()) {
        throw new Untranslatable("unclosed class");
      }
      char c = peek();
      if (c == ']' && !first) {
        pos++;
        break;
      }
      first = false;
      if (c == '&' && src.startsWith("&&", pos)) {
        pos += 2;
        result = result == null ? current : result.intersect(current);
        current = CodePointSet.EMPTY;
      } else if (c == '[') {
        current = current.union(charClass());
      } else {
        current = current.union(classItem());
      }
    }
    CodePointSet s = result == null ? current : result.intersect(current);
    return negate ? s.complement() : s;
  }

  /** One character, range or escaped class inside {@code […]}. */
  private CodePointSet classItem() {
    int from;
    if (peek() == '\\') {
      pos++;
      char c = peek();
      if (c == 'Q') {
        pos++;
        int end = src.indexOf("\\E", pos);
        String text = end < 0 ? src.substring(pos) : src.substring(pos, end);
        pos = end < 0 ? src.length() : end + 2;
        CodePointSet s = CodePointSet.EMPTY;
        for (int cp : text.codePoints().toArray()) {
          s = s.union(CodePointSet.of(cp));
        }
        return s;
      }
      if (Character.isLetter(c) && "dDwWsShHvVpP".indexOf(c) >= 0) {
        return escapedSet();
      }
      pos++;
      from = escapedChar(c);
    } else {
      from = src.codePointAt(pos);
      pos += Character.charCount(from);
    }
    if (more() && peek() == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']'
        && src.charAt(pos + 1) != '[') {
      pos++;
      int to;
      if (peek() == '\\') {
        pos++;
        char c = next();
        if ("dDwWsShHvVpPQ".indexOf(c) >= 0) {
          throw new Untranslatable("a range ending in a class");
        }
        to = escapedChar(c);
      } else {
        to = src.codePointAt(pos);
        pos += Character.charCount(to);
      }
      if (to < from) {
        throw new Untranslatable("reversed range");
      }
      return CodePointSet.range(from, to);
    }
    return CodePointSet.of(from);
  }

  /** Replaces the capture and reference markers by group numbers in order of opening. */
  private static String number(String text) {
    if (text.indexOf(OPEN) < 0) {
      return text;
    }
    Map<String, Integer> numbers = new HashMap<>();
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == OPEN || c == REF) {
        int end = text.indexOf(END, i);
        String id = text.substring(i + 1, end);
        if (c == OPEN) {
          numbers.put(id, numbers.size() + 1);
        } else {
          b.append("(?:\\").append(numbers.get(id)).append(')');
        }
        i = end + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private boolean more() {
    return pos < src.length();
  }

  private char peek() {
    return src.charAt(pos);
  }

  private char next() {
    if (!more()) {
      throw new Untranslatable("unexpected end");
    }
    return src.charAt(pos++);
  }
}
