package io.github.cloudtrailschema.text;

import java.util.regex.Pattern;

/** YAML scalars for the hand-written YAML formats (comments need hand-writing). */
public final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@-][A-Za-z0-9_./@:\\[\\]*-]*");

  private Yaml() {}

  /** The scalar as is when YAML reads it back as that string, else double-quoted. */
  public static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !s.endsWith(":") && !reserved(s)) {
      return s;
    }
    return JsonText.quote(s);
  }

  private static boolean reserved(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return lower.matches("true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9][0-9_.e+-]*|\\.inf|\\.nan");
  }
}
