package io.github.cloudtrailschema.cli;

import java.util.List;

/**
 * What {@code search} was asked, as parsed by picocli ({@link SearchCommand}) or by the lean parser
 * ({@link #parseLean}).
 *
 * @param words the question, word by word
 * @param field {@code --field}, or null
 * @param service {@code --service}, or null
 * @param limit {@code --limit}; validated by {@link SearchAction}
 * @param json {@code --format json}
 */
record SearchRequest(
    List<String> words,
    String field,
    String service,
    boolean mutating,
    String category,
    int limit,
    boolean json) {

  /**
   * Parses the common forms of {@code search ...} without picocli (see {@link Main#run}): words and
   * {@code --field}, {@code --service}, {@code --mutating}, {@code --category}, {@code --limit},
   * {@code --format}, in
   * their {@code --opt value} and {@code --opt=value} forms. Returns null for anything else (help,
   * an unknown option, a missing value), which picocli then handles and reports.
   */
  static SearchRequest parseLean(String[] args) {
    List<String> words = new java.util.ArrayList<>();
    String field = null;
    String service = null;
    String category = null;
    boolean mutating = false;
    String limit = null;
    String format = "table";
    boolean endOfOptions = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (endOfOptions || !a.startsWith("-") || a.equals("-")) {
        words.add(a);
        continue;
      }
      if (a.equals("--")) {
        endOfOptions = true;
        continue;
      }
      if (a.equals("--mutating")) {
        mutating = true;
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      String value = eq >= 0 ? a.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
      if (value == null) {
        return null;
      }
      switch (name) {
        case "--field" -> field = value;
        case "--service" -> service = value;
        case "--category" -> category = value;
        case "--limit" -> limit = value;
        case "--format", "-f" -> format = value;
        default -> {
          return null;
        }
      }
    }
    if (!format.equals("table") && !format.equals("json")) {
      return null;
    }
    int n;
    try {
      n =
          limit == null
              ? io.github.cloudtrailschema.search.Query.DEFAULT_LIMIT
              : Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      return null;
    }
    return new SearchRequest(words, field, service, mutating, category, n, format.equals("json"));
  }
}
