package io.github.cloudtrailschema.walk.path;

import io.github.cloudtrailschema.text.JsonText;

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

  private PathNotation() {}

  /** {@code parent.key}, or {@code key} at the top. */
  public static String child(String parent, String key) {
    String k = plain(key) ? key : "[" + JsonText.quote(key) + "]";
    if (parent.isEmpty()) {
      return k;
    }
    return k.startsWith("[") ? parent + k : parent + "." + k;
  }

  /** Whether the key reads unambiguously without brackets (a loop: this runs once per node). */
  static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "_$@:/+=#-".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  public static String listItem(String parent) {
    return parent + LIST_ITEM;
  }

  public static String mapValue(String parent) {
    return parent + "." + MAP_KEY;
  }
}
