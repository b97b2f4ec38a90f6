package io.github.cloudtrailschema.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JMESPath expressions of Custodian policies: validated by a real JMESPath parser, and, when the
 * expression is a plain path ({@code a.b[].c}, {@code a[0]}, {@code a.*}, quoted names), split
 * into segments for the schema. Anything richer (functions, filters, multi-selects) is valid or
 * not, but its fields are not checked.
 */
final class JmesPaths {
  private static final JmesPath<JsonNode> RUNTIME = new JacksonRuntime();

  private JmesPaths() {}

  /** The parser's complaint, or empty when the expression compiles. */
  static Optional<String> error(String expression) {
    try {
      RUNTIME.compile(expression);
      return Optional.empty();
    } catch (JmesPathException e) {
      return Optional.of(YamlTrees.oneLine(e.getMessage()));
    }
  }

  /** The segments of a plain path ({@code []} for any list index, {@code *} for any key). */
  static Optional<List<String>> segments(String expression) {
    List<String> out = new ArrayList<>();
    String s = expression.trim();
    int i = 0;
    boolean needName = true;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (needName && c == '"') {
        int end = s.indexOf('"', i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        out.add(s.substring(i + 1, end));
        i = end + 1;
        needName = false;
      } else if (needName && c == '*') {
        out.add("*");
        i++;
        needName = false;
      } else if (needName && (Character.isLetter(c) || c == '_')) {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        out.add(s.substring(start, i));
        needName = false;
      } else if (!needName && c == '.') {
        i++;
        needName = true;
      } else if (!needName && c == '[') {
        int end = s.indexOf(']', i);
        if (end < 0 || !s.substring(i + 1, end).matches("\\*|-?\\d*")) {
          return Optional.empty(); // a filter or multi-select
        }
        out.add("[]");
        i = end + 1;
      } else {
        return Optional.empty();
      }
    }
    return needName || out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /** Segments back to the project's notation ({@code a.b[].c}). */
  static String notation(List<String> segments) {
    StringBuilder b = new StringBuilder();
    for (String seg : segments) {
      if (seg.equals("[]")) {
        b.append("[]");
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(seg);
      }
    }
    return b.toString();
  }
}
