package io.github.cloudtrailschema.lint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Sigma value with its modifiers ({@code contains}, {@code startswith}, {@code endswith}, {@code
 * re}, {@code cased}) as a predicate over names; plain values honour Sigma's {@code *} and {@code ?}
 * wildcards. Matching is case-insensitive unless {@code cased}, as Sigma specifies.
 */
record SigmaMatcher(String value, Pattern pattern, boolean exact) {

  /** Empty for a modifier lint cannot judge ({@code base64}, {@code cidr}, ...). */
  static Optional<SigmaMatcher> of(String value, List<String> modifiers) {
    boolean cased = modifiers.contains("cased");
    int flags = cased ? 0 : Pattern.CASE_INSENSITIVE;
    for (String m : modifiers) {
      if (!List.of("contains", "startswith", "endswith", "re", "cased", "all").contains(m)) {
        return Optional.empty();
      }
    }
    if (modifiers.contains("re")) {
      try {
        return Optional.of(new SigmaMatcher(value, Pattern.compile(value, flags), false));
      } catch (PatternSyntaxException e) {
        return Optional.empty();
      }
    }
    String glob = glob(value);
    if (modifiers.contains("contains")) {
      glob = ".*" + glob + ".*";
    } else if (modifiers.contains("startswith")) {
      glob = glob + ".*";
    } else if (modifiers.contains("endswith")) {
      glob = ".*" + glob;
    }
    boolean exact = modifiers.stream().noneMatch(m -> !m.equals("cased") && !m.equals("all"))
        && value.indexOf('*') < 0 && value.indexOf('?') < 0;
    return Optional.of(new SigmaMatcher(value, Pattern.compile(glob, flags), exact));
  }

  boolean matches(String name) {
    return pattern.matcher(name).matches();
  }

  private static String glob(String v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\' && i + 1 < v.length()) {
        b.append(Pattern.quote(String.valueOf(v.charAt(++i))));
      } else if (c == '*') {
        b.append(".*");
      } else if (c == '?') {
        b.append('.');
      } else {
        b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return b.toString();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
