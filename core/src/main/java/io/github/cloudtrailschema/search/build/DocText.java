package io.github.cloudtrailschema.search.build;

/**
 * Plain text of the models' documentation HTML, enough to index it and to show a one-line summary:
 * tags dropped (block tags end a paragraph), the common entities decoded, white space collapsed.
 */
final class DocText {
  private DocText() {}

  /** The first paragraph's text. */
  static String firstParagraph(String html) {
    if (html == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        if (close < 0) {
          break;
        }
        String tag = html.substring(i + 1, close).trim().toLowerCase(java.util.Locale.ROOT);
        boolean block = tag.matches("/?(p|ul|ol|li|note|important|div|dl|dt|dd|h\\d)\\b.*");
        if (block && !b.toString().isBlank() && tag.startsWith("/")) {
          break;
        }
        b.append(' ');
        i = close + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return decode(b.toString()).replaceAll("\\s+", " ").trim();
  }

  /**
   * The first sentence of {@code text}: up to the first ". " that does not end "e.g." and the like.
   */
  static String firstSentence(String text) {
    int from = 0;
    while (true) {
      int dot = text.indexOf(". ", from);
      if (dot < 0) {
        return text;
      }
      String before = text.substring(Math.max(0, dot - 4), dot + 1);
      if (!before.endsWith("e.g.") && !before.endsWith("i.e.") && !before.endsWith("etc.")) {
        return text.substring(0, dot + 1);
      }
      from = dot + 2;
    }
  }

  private static String decode(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
