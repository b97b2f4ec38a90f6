package io.github.cloudtrailschema.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of identifiers and prose, as the index and queries both see them: {@code
 * AuthorizeSecurityGroupIngress} → authorize, security, group, ingress; {@code DeactivateMFADevice}
 * → deactivate, mfa, device. The same rules run at build time and at query time, so a term in the
 * index and a term in a query meet.
 */
public final class Tokens {
  /**
   * Words that carry no meaning in a question about an event ("someone", "was", "the"); removed
   * from queries and prose, never from event names.
   */
  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "of",
          "to",
          "in",
          "on",
          "at",
          "for",
          "from",
          "by",
          "with",
          "without",
          "into",
          "onto",
          "via",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "it",
          "its",
          "this",
          "that",
          "these",
          "those",
          "who",
          "whom",
          "what",
          "which",
          "when",
          "where",
          "how",
          "why",
          "someone",
          "somebody",
          "anyone",
          "anybody",
          "something",
          "i",
          "we",
          "you",
          "he",
          "she",
          "they",
          "me",
          "my",
          "our",
          "your",
          "their",
          "his",
          "her",
          "if",
          "not",
          "no",
          "any",
          "all",
          "some",
          "can",
          "could",
          "would",
          "should",
          "will",
          "may",
          "might",
          "so",
          "than",
          "then",
          "there",
          "here",
          "about",
          "after",
          "before",
          "also",
          "just",
          "only",
          "up",
          "out",
          "over",
          "under",
          "again",
          "using",
          "use",
          "used",
          "event",
          "events",
          "cloudtrail-event",
          "aws",
          "amazon",
          "call",
          "calls",
          "api",
          "operation",
          "action",
          "s",
          "e",
          "g",
          "eg",
          "ie",
          "etc",
          "specified",
          "specify",
          "given",
          "one",
          "more",
          "other",
          "such",
          "each",
          "per",
          "whether",
          "within");

  private Tokens() {}

  /** Whether {@code word} (lower case, unstemmed) is a stop word. */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /**
   * The lower-case words of {@code text}: split at anything not a letter or digit, at lower→upper
   * case changes and at the end of an upper-case run ({@code MFADevice}). Runs of four or more
   * digits (API versions in {@code CreateFunction20150331}) are dropped; short ones stay with their
   * letters ({@code s3}, {@code ec2}, {@code route53}).
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean alnum = Character.isLetterOrDigit(c);
      if (start >= 0 && (!alnum || boundary(text, i))) {
        add(out, text.substring(start, i));
        start = -1;
      }
      if (alnum && start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static boolean boundary(String s, int i) {
    char prev = s.charAt(i - 1);
    char c = s.charAt(i);
    if (Character.isUpperCase(c)) {
      // fooBar, or the last capital of MFADevice's "MFA"
      return Character.isLowerCase(prev)
          || Character.isDigit(prev) && i >= 2 && Character.isLetter(s.charAt(i - 2))
          || Character.isUpperCase(prev)
              && i + 1 < s.length()
              && Character.isLowerCase(s.charAt(i + 1));
    }
    // a long digit run starts: CreateFunction|20150331
    return Character.isDigit(c) && Character.isLetter(prev) && digitRun(s, i) >= 4
        || Character.isLetter(c) && Character.isDigit(prev) && digitRunBack(s, i - 1) >= 4;
  }

  private static int digitRun(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j - i;
  }

  private static int digitRunBack(String s, int i) {
    int j = i;
    while (j >= 0 && Character.isDigit(s.charAt(j))) {
      j--;
    }
    return i - j;
  }

  private static void add(List<String> out, String word) {
    boolean digits = true;
    for (int i = 0; i < word.length(); i++) {
      digits &= Character.isDigit(word.charAt(i));
    }
    if (digits && word.length() >= 4) {
      return;
    }
    out.add(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A light stem, enough to make "opened", "opens" and "open", or "policies" and "policy", or
   * "disabled" and "disable", one term: plural endings, -ed, -ing, a final -e. Words of three
   * letters or fewer ({@code kms}, {@code iam}, {@code acl}) are left alone.
   */
  public static String stem(String w) {
    if (w.length() <= 3) {
      return w;
    }
    String s = w;
    if (s.endsWith("ies") && s.length() > 4) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.endsWith("sses")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("ied") && s.length() > 4) {
      s = s.substring(0, s.length() - 3) + "y"; // modified → modify, like modifies
    } else if (s.endsWith("tion") && s.length() > 6) {
      s = s.substring(0, s.length() - 3); // deletion → delet, like delete
    } else if (s.endsWith("ing") && s.length() > 5) {
      s = undouble(s.substring(0, s.length() - 3));
    } else if (s.endsWith("ed") && s.length() > 4) {
      s = undouble(s.substring(0, s.length() - 2));
    }
    if (s.endsWith("e") && s.length() > 3) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** logg → log, stopp → stop, but not add, ss (access) or ll (poll). */
  private static String undouble(String s) {
    int n = s.length();
    if (n >= 4 && s.charAt(n - 1) == s.charAt(n - 2)) {
      char c = s.charAt(n - 1);
      if (c != 's' && c != 'l' && c != 'z') {
        return s.substring(0, n - 1);
      }
    }
    return s;
  }

  /** The stemmed terms of {@code text} without stop words: how prose is indexed. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (!isStopWord(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }
}
