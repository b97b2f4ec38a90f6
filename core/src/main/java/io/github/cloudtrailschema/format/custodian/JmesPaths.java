package io.github.cloudtrailschema.format.custodian;

import io.github.cloudtrailschema.text.JsonText;
import io.github.cloudtrailschema.walk.path.PathNotation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path of the project's notation as a JMESPath expression, for Cloud Custodian's {@code ids} and
 * {@code type: event} keys: keys that are not plain identifiers quoted ({@code
 * "x-amz-version-id"}), a list's elements as the flatten projection {@code []}, a map's values as
 * {@code values(…)[]} (a {@code .*} key would be read as an object projection and yield null).
 */
final class JmesPaths {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JmesPaths() {}

  /**
   * The expression under {@code prefix} ({@code detail.} or empty), or empty for a path this
   * cannot say (a key in brackets, or a second map).
   */
  static Optional<String> of(String prefix, String path) {
    if (path.contains("[\"")) {
      return Optional.empty();
    }
    String expr = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    boolean maps = false;
    for (String raw : path.split("\\.")) {
      String key = raw;
      int lists = 0;
      while (key.endsWith(PathNotation.LIST_ITEM)) {
        key = key.substring(0, key.length() - 2);
        lists++;
      }
      if (key.equals(PathNotation.MAP_KEY)) {
        if (maps || expr.isEmpty()) {
          return Optional.empty();
        }
        maps = true;
        expr = "values(" + expr + ")[]";
      } else {
        String k = IDENTIFIER.matcher(key).matches() ? key : JsonText.quote(key);
        expr = expr.isEmpty() ? k : expr + "." + k;
      }
      expr += "[]".repeat(lists);
    }
    return Optional.of(expr);
  }
}
