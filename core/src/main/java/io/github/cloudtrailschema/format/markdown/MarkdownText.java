package io.github.cloudtrailschema.format.markdown;

/**
 * Names from models (services, events, operations, field paths) as Markdown shows them and
 * nothing more: a model from a {@code --models} folder is input, and a service named {@code
 * <script>…</script>} or an event named {@code [x](javascript:…)} must reach a wiki as text. Outside
 * code, HTML's {@code & < >} become entities and the punctuation that opens Markdown inside a line
 * is backslash-escaped (CommonMark allows it before any ASCII punctuation); in code spans, a fence
 * longer than any run of backticks inside. Table cells escape {@code |} in both, as GFM splits rows first. Line breaks
 * become spaces: a name never ends a table row or starts a heading.
 */
public final class MarkdownText {
  /** What can open emphasis, code, a link or image, a table cell or a heading inside a line. */
  private static final String PUNCTUATION = "\\`*_[]|#!~";

  private MarkdownText() {}

  /** {@code s} as literal text. */
  public static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : flat(s).toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> {
          if (PUNCTUATION.indexOf(c) >= 0) {
            b.append('\\');
          }
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** {@code s} as a code span (in a table cell: pipes escaped). */
  public static String code(String s) {
    String t = flat(s).replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (char c : t.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }

  private static String flat(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
  }
}
