package io.github.cloudtrailschema.format.custodian;

import io.github.cloudtrailschema.text.JsonText;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A field path as a JMESPath expression, for Cloud Custodian's {@code ids} and {@code type: event}
 * keys: keys that are not plain identifiers quoted ({@code "x-amz-version-id"}), a list's elements
 * as the flatten projection {@code []}, a map's values as {@code values(…)[]} (a {@code .*} key
 * would be read as an object projection and yield null).
 */
final class JmesPaths {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JmesPaths() {}

  /**
   * The expression under {@code prefix} ({@code detail.} or empty), or empty for a path this
   * cannot say (a key the path notation brackets, or a second map).
   */
  static Optional<String> of(String prefix, FieldPath path) {
    if (path.hasOddKey()) {
      return Optional.empty();
    }
    String expr = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    boolean maps = false;
    for (FieldPath.Segment s : path.segments()) {
      if (s instanceof FieldPath.Key k) {
        String key = IDENTIFIER.matcher(k.name()).matches() ? k.name() : JsonText.quote(k.name());
        expr = expr.isEmpty() ? key : expr + "." + key;
      } else if (s == FieldPath.Element.INSTANCE) {
        expr += "[]";
      } else {
        if (maps || expr.isEmpty()) {
          return Optional.empty();
        }
        maps = true;
        expr = "values(" + expr + ")[]";
      }
    }
    return Optional.of(expr);
  }
}
