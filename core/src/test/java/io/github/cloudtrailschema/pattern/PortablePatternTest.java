package io.github.cloudtrailschema.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per construct of Java's regex dialect that {@link PortablePattern} rewrites: the
 * result says what it should, and means what the model's pattern means in Java (the model's
 * {@code matches()} against the translation's search, as JSON Schema applies it) on values on
 * both sides of the line. That the results compile in ECMA-262 and validate examples there is
 * {@code PortableSchemasTest}'s job (AJV under Node).
 */
class PortablePatternTest {
  private static String portable(String javaRegex) {
    PortablePattern.Translation t = PortablePattern.translate(javaRegex);
    assertThat(t.portable()).as(t.problem()).isPresent();
    return t.portable().get();
  }

  /** The translation accepts exactly what the model's pattern accepts, on these values. */
  private static String same(String javaRegex, List<String> accepted, List<String> rejected) {
    String p = portable(javaRegex);
    Pattern model = Pattern.compile(javaRegex);
    Pattern schema = Pattern.compile(p);
    for (String s : accepted) {
      assertThat(model.matcher(s).matches()).as("model accepts %s", s).isTrue();
      assertThat(schema.matcher(s).find()).as("%s accepts %s", p, s).isTrue();
    }
    for (String s : rejected) {
      assertThat(model.matcher(s).matches()).as("model rejects %s", s).isFalse();
      assertThat(schema.matcher(s).find()).as("%s rejects %s", p, s).isFalse();
    }
    return p;
  }

  @Test
  void unicodeCategoriesBecomeRanges() {
    String p = same("[\\p{L}\\p{N}_]+", List.of("é_1", "日本"), List.of("a-b", " "));
    assertThat(p).doesNotContain("\\p").hasSizeGreaterThan(100);
  }

  @Test
  void posixClassesBecomeAsciiRanges() {
    String p = same("\\p{Alnum}{1,3}", List.of("a1Z"), List.of("é", "a_b"));
    assertThat(p).isEqualTo("^(?:[0-9A-Za-z]{1,3})$");
  }

  @Test
  void negatedPropertyIsTheComplement() {
    same("\\P{M}+", List.of("abc"), List.of("a\u0301"));
  }

  @Test
  void possessiveQuantifiersBecomeTheLookAheadIdiom() {
    String p = same("[0-9A-Z]{2}+", List.of("A1"), List.of("A", "A1B"));
    assertThat(p).isEqualTo("^(?:(?=([0-9A-Z]{2}))(?:\\1))$");
    // possessive never gives back: no match where a greedy star would backtrack
    same("[a-z]*+a", List.of(), List.of("ba", "a"));
  }

  @Test
  void nestedPossessiveGroupsAreNumberedInOrderOfOpening() {
    same("(a++b)++", List.of("ab", "aabab"), List.of("a", "abb"));
  }

  @Test
  void atomicGroupsBecomeTheLookAheadIdiom() {
    same("(?>a|ab)c", List.of("ac"), List.of("abc"));
  }

  @Test
  void quotedTextIsLiteral() {
    assertThat(same("\\Qa.b*\\E", List.of("a.b*"), List.of("axb"))).isEqualTo("^(?:a\\.b\\*)$");
  }

  @Test
  void caseInsensitiveFlagIsAppliedToTheLetters() {
    String p = same("^(?i)(true|false)$", List.of("TRUE", "False"), List.of("yes"));
    assertThat(p).doesNotContain("(?i)").contains("[Tt][Rr]");
  }

  @Test
  void flagInsideALookAheadEndsWithIt() {
    same("(?!(?i)(arn|aws):)[a-zA-Z:]+", List.of("abc:"), List.of("ARN:x", "aws:"));
    same("(?i:a)b", List.of("Ab"), List.of("AB"));
  }

  @Test
  void dotAllFlagMakesTheDotMatchLineBreaks() {
    assertThat(same("(?s).+", List.of("a\nb"), List.of(""))).isEqualTo("^(?:[\\s\\S]+)$");
  }

  @Test
  void dotExcludesJavasLineTerminators() {
    same(".+", List.of("a b"), List.of("a\nb", "a\u2028b", "a\u0085b"));
  }

  @Test
  void endOfInputAnchorBecomesDollar() {
    assertThat(same("\\Aab\\z", List.of("ab"), List.of("abc"))).isEqualTo("^ab$");
  }

  @Test
  void horizontalAndVerticalWhitespaceClassesAreExpanded() {
    same("\\h+\\v", List.of(" \u00A0\n"), List.of("  "));
  }

  @Test
  void shorthandClassesKeepJavasAsciiMeaning() {
    String p = same("\\d\\w\\s", List.of("1a "), List.of("\u0661a ", "1é "));
    assertThat(p).isEqualTo("^(?:[0-9][0-9A-Z_a-z][\\t-\\r ])$");
  }

  @Test
  void aSecondQuantifierIsDroppedAsJavaIgnoresIt() {
    String p = same("[0-9]{2}{0,2}", List.of("12"), List.of("", "123", "1234"));
    assertThat(p).isEqualTo("^(?:[0-9]{2})$");
  }

  @Test
  void surrogatePairRangesBecomeSupplementaryCharacters() {
    String p =
        same(
            "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
            List.of("a\t😀"),
            List.of("\u0001"));
    assertThat(p).contains("\uD800\uDC00-\uDBFF\uDFFF").doesNotContain("\\uD800\\uDC00");
  }

  @Test
  void needlessEscapesLoseTheirBackslash() {
    assertThat(same("a\\-b\\/c", List.of("a-b/c"), List.of("ab/c"))).isEqualTo("^(?:a-b/c)$");
  }

  @Test
  void octalHexAndControlEscapesBecomeUnicodeEscapes() {
    same("\\0101\\x42\\u0043\\cJ", List.of("ABC\n"), List.of("ABC"));
  }

  @Test
  void classIntersectionAndNestingAreComputed() {
    String p = same("[\\p{Print}&&[^|:/]]+", List.of("ab c"), List.of("a:b", "a|b"));
    assertThat(p).doesNotContain("&&");
  }

  @Test
  void unanchoredPatternsAreAnchoredAndAnchoredOnesKept() {
    assertThat(portable("[a-z]+")).isEqualTo("^(?:[a-z]+)$");
    assertThat(portable("^[a-z]+$")).isEqualTo("^[a-z]+$");
    assertThat(portable("^a$|^b$")).isEqualTo("^(?:^a$|^b$)$");
  }

  @Test
  void fixedWidthLookBehindIsKept() {
    same("[a-z]+(?<!x)", List.of("ab"), List.of("abx"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\bword\\b", "(.)\\1", "(?m)^a$", "[a-z]+(?<!x+)", "(?x) a"})
  void constructsWithoutACommonFormAreRefused(String javaRegex) {
    PortablePattern.Translation t = PortablePattern.translate(javaRegex);
    assertThat(t.portable()).isEmpty();
    assertThat(t.problem()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"L", "Lu", "N", "Nd", "M", "Z", "Zs", "P", "S", "C", "Cn", "IsL", "LC", "Pd", "So"})
  void categoryFastPathAgreesWithJavasEngine(String name) {
    Pattern java = Pattern.compile("\\p{" + name + "}");
    CodePointSet fast = UnicodeClasses.named(name).orElseThrow();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x30000 ? 1 : 0x101) {
      assertThat(fast.contains(cp))
          .as("U+%04X in \\p{%s}", cp, name)
          .isEqualTo(java.matcher(Character.toString(cp)).matches());
    }
  }

  /**
   * A {@code ^} after required text or a {@code $} before it matches no value (models with a
   * JavaScript literal pasted in, dataexchange's catalogId, ec2's placement-group ARN): no
   * portable pattern, the model's text kept aside. Anchors where they can hold are left alone.
   */
  @Test
  void anchorsAmidRequiredTextMatchNothingAndAreNotTranslated() {
    for (String unmatchable :
        List.of(
            ".*/^[0-9]{12}$/.*",
            "^arn:aws([\\-a-z]+)?:ec2:[\\-0-9a-z]+:[0-9]{12}:placement-group/^.{1,255}$",
            "/^(?=.*[a-z])[a-zA-Z\\d]{8,64}$/")) {
      PortablePattern.Translation t = PortablePattern.translate(unmatchable);
      assertThat(t.portable()).as(unmatchable).isEmpty();
      assertThat(t.problem()).contains("matches no value");
      assertThat(Pattern.compile(unmatchable).matcher("/123456789012/").matches()).isFalse();
    }
    for (String fine : List.of("^abc$", "(^a|^b)$", "a|^b", "\\^ab\\$c", "[^/]+$", "a?^b", "(?m)a$\\nb", "(?:^[a-z]*$)|(?:^arn:.*$)", "(?i:^ab$)")) {
      assertThat(PortablePattern.strayAnchor(fine)).as(fine).isEmpty();
    }
  }
}
