package io.github.cloudtrailschema.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the models' documentation HTML into plain text: paragraphs, bulleted lists, {@code <code>}
 * as backticks, links as their text, entities decoded.
 *
 * <p>AWS documentation uses a small, regular subset of HTML ({@code p ul li code a i b note
 * important br}), and this sits on the start-up path of every {@code show}; a full HTML parser
 * would cost more class loading than the rest of the command.
 */
public final class HtmlText {

  private HtmlText() {}

  /** A paragraph of plain text; list items carry their depth. */
  record Block(String text, int depth, boolean bullet) {}

  /** Plain text, unwrapped: paragraphs separated by blank lines, list items as "- " lines. */
  public static String toText(String html) {
    return String.join("\n", wrap(html, Integer.MAX_VALUE, ""));
  }

  /** Word-wrapped plain text, each line prefixed by {@code indent}. */
  public static List<String> wrap(String html, int width, String indent) {
    List<String> lines = new ArrayList<>();
    Block previous = null;
    for (Block b : blocks(html)) {
      boolean compact = previous != null && previous.depth() > 0 && b.depth() > 0;
      if (previous != null && !compact) {
        lines.add("");
      }
      String lead = indent + "  ".repeat(Math.max(0, b.depth() - 1));
      String first = lead + (b.bullet() ? "- " : b.depth() > 0 ? "  " : "");
      String rest = lead + (b.depth() > 0 ? "  " : "");
      fill(b.text(), width, first, rest, lines);
      previous = b;
    }
    return lines;
  }

  /** The first sentence, for one-line summaries. */
  public static String firstSentence(String html) {
    List<Block> blocks = blocks(html);
    if (blocks.isEmpty()) {
      return "";
    }
    String text = blocks.get(0).text();
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && !abbreviation(text, i)) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  static List<Block> blocks(String html) {
    List<Block> blocks = new ArrayList<>();
    if (html == null || html.isBlank()) {
      return blocks;
    }
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean bulletPending = false;
    boolean inItem = false;
    int last = 0;
    while (true) {
      int open = html.indexOf('<', last);
      int close = open < 0 ? -1 : html.indexOf('>', open);
      current.append(decode(html.substring(last, close < 0 ? html.length() : open)));
      if (close < 0) {
        break;
      }
      last = close + 1;
      String inside = html.substring(open + 1, close).trim();
      boolean closing = inside.startsWith("/");
      String tag = tagName(closing ? inside.substring(1) : inside);
      switch (tag) {
        case "code" -> current.append('`');
        case "br" -> current.append('\n');
        case "p",
            "div",
            "note",
            "important",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "ul",
            "ol",
            "li" -> {
          bulletPending = flush(current, blocks, inItem ? depth : 0, bulletPending);
          if (tag.equals("ul") || tag.equals("ol")) {
            depth = Math.max(0, depth + (closing ? -1 : 1));
          } else if (tag.equals("li")) {
            inItem = !closing;
            bulletPending = !closing;
          }
        }
        default -> {
          // inline tags (a, i, b, em, strong, fullname, ...) keep only their text
        }
      }
    }
    flush(current, blocks, inItem ? depth : 0, bulletPending);
    return blocks;
  }

  /** Ends the current paragraph; returns whether a bullet is still owed to the next one. */
  private static boolean flush(
      StringBuilder current, List<Block> blocks, int depth, boolean bullet) {
    String text = collapse(current);
    current.setLength(0);
    if (text.isEmpty()) {
      return bullet;
    }
    blocks.add(new Block(text, depth, bullet && depth > 0));
    return false;
  }

  private static void fill(String text, int width, String first, String rest, List<String> out) {
    StringBuilder line = new StringBuilder(first);
    int prefix = first.length();
    for (String word : text.split(" ")) {
      if (line.length() > prefix && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        prefix = rest.length();
      } else if (line.length() > prefix) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
  }

  private static boolean abbreviation(String text, int dot) {
    String before = text.substring(Math.max(0, dot - 4), dot + 1).toLowerCase(Locale.ROOT);
    return before.endsWith("e.g.")
        || before.endsWith("i.e.")
        || before.endsWith("etc.")
        || before.endsWith("vs.");
  }

  /** The tag's name, lower case: {@code a href="x"} → {@code a}. */
  private static String tagName(String inside) {
    int i = 0;
    while (i < inside.length() && Character.isLetterOrDigit(inside.charAt(i))) {
      i++;
    }
    return inside.substring(0, i).toLowerCase(Locale.ROOT);
  }

  /** White space runs as one space, trimmed. */
  private static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** HTML entities decoded: {@code &lt;} {@code &amp;} {@code &#39;} {@code &#x27;} ... */
  private static String decode(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int last = 0;
    while (amp >= 0) {
      int semi = s.indexOf(';', amp);
      String entity = semi < 0 || semi - amp > 10 ? null : entity(s.substring(amp + 1, semi));
      if (entity == null) {
        b.append(s, last, amp + 1);
        last = amp + 1;
      } else {
        b.append(s, last, amp).append(entity);
        last = semi + 1;
      }
      amp = s.indexOf('&', last);
    }
    return b.append(s, last, s.length()).toString();
  }

  private static String entity(String e) {
    try {
      if (e.startsWith("#x") || e.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      }
      if (e.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(e.substring(1))));
      }
    } catch (IllegalArgumentException notANumber) {
      return null;
    }
    return switch (e) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> null;
    };
  }
}
