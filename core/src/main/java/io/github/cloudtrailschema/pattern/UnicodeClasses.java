package io.github.cloudtrailschema.pattern;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The code points of Java's named classes ({@code \p{L}}, {@code \p{Alnum}}, {@code \p{IsLatin}},
 * {@code \p{InGreek}}, …) and its shorthand classes, so that they can be written out as plain
 * ranges: Python's {@code re} has no {@code \p}, and ECMA-262 lacks the POSIX and Java names. A
 * named class is resolved by asking Java's own regex engine about every code point, so the ranges
 * mean exactly what the model's Java pattern meant (on this JDK's Unicode version); results are
 * cached.
 */
final class UnicodeClasses {
  private static final Map<String, Optional<CodePointSet>> CACHE = new ConcurrentHashMap<>();

  /** Java's {@code \d}, {@code \w}, {@code \s}, {@code \h}, {@code \v} (without UNICODE_CHARACTER_CLASS). */
  static final CodePointSet DIGIT = CodePointSet.chars("0-9");

  static final CodePointSet WORD = CodePointSet.chars("a-zA-Z0-9_");
  static final CodePointSet SPACE = CodePointSet.chars(" \t\n\u000B\f\r");
  static final CodePointSet HORIZONTAL =
      CodePointSet.chars(" \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000");
  static final CodePointSet VERTICAL = CodePointSet.chars("\n\u000B\f\r\u0085\u2028\u2029");

  /** What {@code .} does not match without DOTALL: Java's line terminators. */
  static final CodePointSet NOT_DOT = CodePointSet.chars("\n\r\u0085\u2028\u2029");

  /** Java's POSIX classes: US-ASCII only (without UNICODE_CHARACTER_CLASS). */
  private static final Map<String, CodePointSet> POSIX =
      Map.ofEntries(
          Map.entry("Lower", CodePointSet.chars("a-z")),
          Map.entry("Upper", CodePointSet.chars("A-Z")),
          Map.entry("ASCII", CodePointSet.range(0, 0x7F)),
          Map.entry("Alpha", CodePointSet.chars("a-zA-Z")),
          Map.entry("Digit", CodePointSet.chars("0-9")),
          Map.entry("Alnum", CodePointSet.chars("a-zA-Z0-9")),
          Map.entry("Punct", CodePointSet.chars("!-/:-@[-`{-~")),
          Map.entry("Graph", CodePointSet.range(0x21, 0x7E)),
          Map.entry("Print", CodePointSet.range(0x20, 0x7E)),
          Map.entry("Blank", CodePointSet.chars(" \t")),
          Map.entry("Cntrl", CodePointSet.range(0, 0x1F).union(CodePointSet.of(0x7F))),
          Map.entry("XDigit", CodePointSet.chars("0-9a-fA-F")),
          Map.entry("Space", CodePointSet.chars(" \t\n\u000B\f\r")));

  /** General categories (and Java's groups of them) → the Character.getType values they hold. */
  private static final Map<String, String> CATEGORIES = categories();

  private static Map<String, String> categories() {
    Map<String, String> m = new java.util.HashMap<>();
    m.put("Cn", types(Character.UNASSIGNED));
    m.put("Lu", types(Character.UPPERCASE_LETTER));
    m.put("Ll", types(Character.LOWERCASE_LETTER));
    m.put("Lt", types(Character.TITLECASE_LETTER));
    m.put("Lm", types(Character.MODIFIER_LETTER));
    m.put("Lo", types(Character.OTHER_LETTER));
    m.put("Mn", types(Character.NON_SPACING_MARK));
    m.put("Me", types(Character.ENCLOSING_MARK));
    m.put("Mc", types(Character.COMBINING_SPACING_MARK));
    m.put("Nd", types(Character.DECIMAL_DIGIT_NUMBER));
    m.put("Nl", types(Character.LETTER_NUMBER));
    m.put("No", types(Character.OTHER_NUMBER));
    m.put("Zs", types(Character.SPACE_SEPARATOR));
    m.put("Zl", types(Character.LINE_SEPARATOR));
    m.put("Zp", types(Character.PARAGRAPH_SEPARATOR));
    m.put("Cc", types(Character.CONTROL));
    m.put("Cf", types(Character.FORMAT));
    m.put("Co", types(Character.PRIVATE_USE));
    m.put("Cs", types(Character.SURROGATE));
    m.put("Pd", types(Character.DASH_PUNCTUATION));
    m.put("Ps", types(Character.START_PUNCTUATION));
    m.put("Pe", types(Character.END_PUNCTUATION));
    m.put("Pc", types(Character.CONNECTOR_PUNCTUATION));
    m.put("Po", types(Character.OTHER_PUNCTUATION));
    m.put("Sm", types(Character.MATH_SYMBOL));
    m.put("Sc", types(Character.CURRENCY_SYMBOL));
    m.put("Sk", types(Character.MODIFIER_SYMBOL));
    m.put("So", types(Character.OTHER_SYMBOL));
    m.put("Pi", types(Character.INITIAL_QUOTE_PUNCTUATION));
    m.put("Pf", types(Character.FINAL_QUOTE_PUNCTUATION));
    m.put("L", m.get("Lu") + m.get("Ll") + m.get("Lt") + m.get("Lm") + m.get("Lo"));
    m.put("LC", m.get("Lu") + m.get("Ll") + m.get("Lt"));
    m.put("M", m.get("Mn") + m.get("Me") + m.get("Mc"));
    m.put("N", m.get("Nd") + m.get("Nl") + m.get("No"));
    m.put("Z", m.get("Zs") + m.get("Zl") + m.get("Zp"));
    m.put("C", m.get("Cc") + m.get("Cf") + m.get("Co") + m.get("Cs") + m.get("Cn"));
    m.put("P", m.get("Pd") + m.get("Ps") + m.get("Pe") + m.get("Pc") + m.get("Po")
        + m.get("Pi") + m.get("Pf"));
    m.put("S", m.get("Sm") + m.get("Sc") + m.get("Sk") + m.get("So"));
    return Map.copyOf(m);
  }

  private static String types(int type) {
    return String.valueOf((char) type);
  }

  private UnicodeClasses() {}

  /** The shorthand class of {@code \d}, {@code \S}, …, or empty for another letter. */
  static Optional<CodePointSet> shorthand(char c) {
    CodePointSet s =
        switch (Character.toLowerCase(c)) {
          case 'd' -> DIGIT;
          case 'w' -> WORD;
          case 's' -> SPACE;
          case 'h' -> HORIZONTAL;
          case 'v' -> VERTICAL;
          default -> null;
        };
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(Character.isUpperCase(c) ? s.complement() : s);
  }

  /** The code points of {@code \p{name}} as Java reads it; empty when Java does not know it. */
  static Optional<CodePointSet> named(String name) {
    return CACHE.computeIfAbsent(name, UnicodeClasses::probe);
  }

  private static Optional<CodePointSet> probe(String name) {
    CodePointSet posix = POSIX.get(name);
    if (posix != null) {
      return Optional.of(posix);
    }
    String category = name.startsWith("Is") ? name.substring(2) : name;
    String types = CATEGORIES.get(category);
    if (types != null) {
      // The general categories by Character.getType: the same answer as Java's regex, faster.
      return Optional.of(CodePointSet.matching(cp -> types.indexOf(Character.getType(cp)) >= 0));
    }
    Pattern p;
    try {
      p = Pattern.compile("\\p{" + name + "}");
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
    Matcher m = p.matcher("");
    StringBuilder one = new StringBuilder(2);
    return Optional.of(
        CodePointSet.matching(
            cp -> {
              one.setLength(0);
              one.appendCodePoint(cp);
              return m.reset(one).matches();
            }));
  }
}
