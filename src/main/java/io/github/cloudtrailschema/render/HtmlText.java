package io.github.cloudtrailschema.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the models' documentation HTML into plain text: paragraphs, bulleted lists, {@code <code>}
 * as backticks, links as their text, entities decoded.
 *
 * <p>AWS documentation uses a small, regular subset of HTML ({@code p ul li code a i b note
 * important br}), and this sits on the start-up path of every {@code show}; a full HTML parser
 * would cost more class loading than the rest of the command.
 */
public final class HtmlText {
  private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z0-9]+)[^>]*?>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    Matcher m = TAG.matcher(html);
    int last = 0;
    while (true) {
      boolean found = m.find();
      current.append(decode(html.substring(last, found ? m.start() : html.length())));
      if (!found) {
        break;
      }
      last = m.end();
      boolean closing = !m.group(1).isEmpty();
      String tag = m.group(2).toLowerCase(Locale.ROOT);
      switch (tag) {
        case "code" -> current.append('`');
        case "br" -> current.append('\n');
        case "p", "div", "note", "important", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "ul", "ol",
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
  private static boolean flush(StringBuilder current, List<Block> blocks, int depth, boolean bullet) {
    String text = SPACES.matcher(current).replaceAll(" ").trim();
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
    return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("etc.")
        || before.endsWith("vs.");
  }

  private static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        r = switch (e) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          case "apos" -> "'";
          case "nbsp" -> " ";
          default -> m.group();
        };
      }
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }
}
