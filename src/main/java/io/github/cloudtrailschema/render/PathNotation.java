package io.github.cloudtrailschema.render;

import java.util.regex.Pattern;

/**
 * The flattened path notation shared by {@code paths}, {@code export} and the tests' gron
 * round-trip: {@code a.b[].c} for a list element, {@code a.*} for any key of a map, and {@code
 * a["odd key"]} for a key that the plain notation would misread.
 */
public final class PathNotation {
  /** A list element. */
  public static final String LIST_ITEM = "[]";
  /** Any key of a map. */
  public static final String MAP_KEY = "*";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$@:/+=#-]+");

  private PathNotation() {}

  /** {@code parent.key}, or {@code key} at the top. */
  public static String child(String parent, String key) {
    String k = PLAIN.matcher(key).matches() && !key.equals(MAP_KEY) ? key : "[" + JsonText.quote(key) + "]";
    if (parent.isEmpty()) {
      return k;
    }
    return k.startsWith("[") ? parent + k : parent + "." + k;
  }

  public static String listItem(String parent) {
    return parent + LIST_ITEM;
  }

  public static String mapValue(String parent) {
    return parent + "." + MAP_KEY;
  }
}
