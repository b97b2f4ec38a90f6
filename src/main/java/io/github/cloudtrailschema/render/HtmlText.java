package io.github.cloudtrailschema.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the models' documentation HTML into plain text: paragraphs, bulleted lists, {@code <code>}
 * as backticks, links as their text, entities decoded. AWS documentation uses a small, regular
 * subset of HTML ({@code p ul li code a i b note important br}), and this sits on the start-up path
 * of every {@code show}; a full HTML parser would cost more class loading than the whole rest of
 * the command.
 */
public final class HtmlText {
  private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z0-9]+)[^>]*?(/?)>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

  private HtmlText() {}

  /** Plain text: paragraphs separated by a blank line, list items as {@code "- "} lines. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Matcher m = TAG.matcher(html);
    int last = 0;
    int listDepth = 0;
    while (m.find()) {
      out.append(html, last, m.start());
      last = m.end();
      boolean closing = !m.group(1).isEmpty();
      String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
      switch (tag) {
        case "p", "div", "note", "important", "dl" -> out.append("\n\n");
        case "ul", "ol" -> {
          listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
          out.append("\n\n");
        }
        case "li", "dt" -> {
          if (!closing) {
            out.append("\n\u0000").append("  ".repeat(Math.max(0, listDepth - 1))).append("- ");
          }
        }
        case "dd" -> out.append(closing ? "\n" : "\n\u0000    ");
        case "br" -> out.append("\n\u0000");
        case "code" -> out.append('`');
        default -> {
          // inline tags (a, i, b, em, strong, fullname, ...) keep only their text
        }
      }
    }
    out.append(html.substring(last));
    return normalise(decode(out.toString()));
  }

  /** The first sentence of the plain text, for one-line summaries. */
  public static String firstSentence(String html) {
    String text = toText(html).replace('\n', ' ').trim();
    text = SPACES.matcher(text).replaceAll(" ");
    int end = -1;
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && !abbreviation(text, i)) {
        end = i + 1;
        break;
      }
    }
    return end < 0 ? text : text.substring(0, end);
  }

  private static boolean abbreviation(String text, int dot) {
    // "e.g. " / "i.e. " / "etc. " do not end a sentence
    int start = Math.max(0, dot - 4);
    String before = text.substring(start, dot + 1).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("etc.")
        || before.endsWith("vs.");
  }

  /** Word-wraps plain text to {@code width} columns, each line prefixed by {@code indent}. */
  public static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    for (String para : text.split("\n", -1)) {
      if (para.isBlank()) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
          lines.add("");
        }
        continue;
      }
      int bullet = para.indexOf("- ");
      String hanging = bullet >= 0 && para.substring(0, bullet).isBlank() ? " ".repeat(bullet + 2) : "";
      StringBuilder line = new StringBuilder(indent);
      int lineStart = 0;
      for (String word : para.trim().isEmpty() ? new String[0] : splitKeepingIndent(para)) {
        if (line.length() - lineStart > indent.length() + hanging.length()
            && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line = new StringBuilder(indent).append(hanging);
        } else if (line.length() > indent.length() && !line.toString().endsWith(" ")) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static String[] splitKeepingIndent(String para) {
    int i = 0;
    while (i < para.length() && para.charAt(i) == ' ') {
      i++;
    }
    String[] words = para.substring(i).split(" +");
    if (i > 0 && words.length > 0) {
      words[0] = " ".repeat(i) + words[0];
    }
    return words;
  }

  private static String decode(String s) {
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

  /** Collapses white space inside paragraphs; keeps at most one blank line between them. */
  private static String normalise(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      boolean keepIndent = line.startsWith("\u0000");
      String body = keepIndent ? line.substring(1) : line;
      String indent = "";
      if (keepIndent) {
        int i = 0;
        while (i < body.length() && body.charAt(i) == ' ') {
          i++;
        }
        indent = body.substring(0, i);
        body = body.substring(i);
      }
      body = SPACES.matcher(body).replaceAll(" ").trim();
      if (body.isEmpty()) {
        out.append('\n');
      } else if (keepIndent) {
        out.append('\n').append(indent).append(body).append('\n');
      } else {
        out.append(body).append(' ');
      }
    }
    // Join consecutive text fragments and collapse blank runs.
    String joined = out.toString().replace(" \n", "\n");
    joined = joined.replaceAll("\n{3,}", "\n\n");
    return joined.strip();
  }
}
