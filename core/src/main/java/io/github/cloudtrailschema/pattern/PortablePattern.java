package io.github.cloudtrailschema.pattern;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates a model's {@code pattern} (Java's regex dialect) into one that ECMA-262 in Unicode
 * mode (JSON Schema 2020-12 §6.4, AJV), Python's {@code re} ({@code jsonschema}) and Java
 * (networknt) all read, and read alike.
 *
 * <p>Why a translation and not a copy: the models' patterns use what only Java has ({@code
 * \p{Alnum}}, possessive quantifiers, {@code \Q…\E}, inline flags, {@code a{2}{0,9}}), what
 * Python lacks ({@code \p{L}}) and what the engines read differently ({@code \d}, {@code \w},
 * {@code \s} and {@code .} are Unicode-aware in Python, ASCII in Java). So every class becomes
 * explicit ranges of code points (Java's meaning), possessive quantifiers and atomic groups become
 * the look-ahead-and-back-reference idiom all three share, inline flags are applied to the
 * characters they affect, and groups become non-capturing. Where a construct has no faithful
 * common form (word boundaries, multi-line anchors, back-references, a look-behind whose width
 * varies, which Python refuses) the translation fails with a reason, and the schema keeps the
 * model's pattern in a {@code $comment} instead.
 *
 * <p>The result is anchored ({@code ^(?:…)$}): JSON Schema's {@code pattern} searches, while the
 * model's pattern (and the tree and example values, which use Java's {@code matches()}) means the
 * whole value. One known difference remains: {@code $} also accepts a value that ends in one line
 * feed in Java and Python, not in ECMA-262.
 */
public final class PortablePattern {
  /**
   * A translation: the portable pattern, or why there is none.
   *
   * @param portable the pattern for JSON Schema, empty when it cannot be written portably
   * @param problem why not, empty when translated
   */
  public record Translation(Optional<String> portable, String problem) {
    static Translation ok(String p) {
      return new Translation(Optional.of(p), "");
    }

    static Translation failed(String why) {
      return new Translation(Optional.empty(), why);
    }
  }

  /** Models repeat their patterns across thousands of shapes: translate each once. */
  private static final Map<String, Translation> CACHE = new ConcurrentHashMap<>();

  private PortablePattern() {}

  /** Translates a Java-dialect pattern; never throws. */
  public static Translation translate(String javaRegex) {
    return CACHE.computeIfAbsent(javaRegex, PortablePattern::compute);
  }

  private static Translation compute(String javaRegex) {
    Optional<String> stray = strayAnchor(javaRegex);
    if (stray.isPresent()) {
      return Translation.failed(stray.get());
    }
    try {
      PatternParser.Piece body = new PatternParser(javaRegex).parseAll();
      String text = body.text();
      if (body.singleBranch()
          && text.startsWith("^")
          && text.endsWith("$")
          && !text.endsWith("\\$")) {
        return Translation.ok(text);
      }
      return Translation.ok("^(?:" + text + ")$");
    } catch (PatternParser.Untranslatable e) {
      return Translation.failed(e.getMessage());
    }
  }

  /**
   * A {@code ^} right after a character the value must contain, or a {@code $} right before one,
   * can match no value: without multi-line mode they hold only at the value's start and end. Some
   * models carry such patterns (a JavaScript literal {@code /^[0-9]{12}$/} pasted inside a pattern,
   * {@code placement-group/^…}), which would make a schema reject every real record; they keep
   * the model's text in a {@code $comment} instead. Only a plain literal counts as required
   * here (a letter, a digit, {@code /}, {@code :} or {@code -} not followed by a quantifier), so a
   * pattern this flags is certainly unmatchable.
   */
  static Optional<String> strayAnchor(String regex) {
    if (regex.matches("(?s).*\\(\\?[a-zA-Z]*m.*")) { // multi-line mode: ^ and $ match at lines
      return Optional.empty();
    }
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (inClass) {
        inClass = c != ']';
        continue;
      }
      if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
        continue;
      }
      if (c == '^'
          && i > 0
          && required(regex, i - 1)
          && !escaped(regex, i - 1)
          && !regex.substring(0, i).matches("(?s).*\\(\\?[a-zA-Z-]*:")) { // (?: and (?i: open
        return Optional.of("'^' after required text at " + i + ": the pattern matches no value");
      }
      if (c == '$' && i + 1 < regex.length() && required(regex, i + 1)) {
        return Optional.of("'$' before required text at " + i + ": the pattern matches no value");
      }
    }
    return Optional.empty();
  }

  private static boolean required(String regex, int at) {
    char c = regex.charAt(at);
    boolean literal = Character.isLetterOrDigit(c) || c == '/' || c == ':' || c == '-';
    boolean quantified = at + 1 < regex.length() && "*?{".indexOf(regex.charAt(at + 1)) >= 0;
    return literal && !quantified;
  }

  private static boolean escaped(String regex, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
