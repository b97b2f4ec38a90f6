package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ARN format as the Service Authorization Reference writes it ({@code
 * arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}}): the regular expression of the ARNs it
 * describes, and an example ARN. The expression uses only what ECMA-262, Python and Java read alike.
 */
public final class ArnFormat {
  /** The example account and Region, as the example records use them. */
  public static final String EXAMPLE_ACCOUNT = "123456789012";

  public static final String EXAMPLE_REGION = "us-east-1";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

  private ArnFormat() {}

  /** An anchored expression matching any of {@code formats}. */
  public static String pattern(List<String> formats) {
    List<String> alternatives = new ArrayList<>();
    for (String f : formats) {
      String p = expression(f);
      if (!alternatives.contains(p)) {
        alternatives.add(p);
      }
    }
    return "^(?:" + String.join("|", alternatives) + ")$";
  }

  /**
   * One format as an expression: partition, Region and account as such; a name inside the ARN as
   * anything without {@code /} or {@code :}; the last one as anything (object keys and role paths
   * hold slashes; a list call's prefix may be empty).
   */
  static String expression(String format) {
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(format);
    int at = 0;
    while (m.find()) {
      out.append(literal(format.substring(at, m.start())));
      boolean last = m.end() == format.length();
      out.append(
          switch (m.group(1)) {
            case "Partition" -> "aws[a-z-]*";
            case "Region" -> "[a-z0-9-]*";
            case "Account" -> "[0-9]{12}";
            default -> last ? ".*" : "[^/:]+";
          });
      at = m.end();
    }
    out.append(literal(format.substring(at)));
    return out.toString();
  }

  /** The format with example values: {@code arn:aws:kms:us-east-1:123456789012:key/example-key}. */
  public static String example(String format) {
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(format);
    int at = 0;
    while (m.find()) {
      out.append(format, at, m.start());
      out.append(
          switch (m.group(1)) {
            case "Partition" -> "aws";
            case "Region" -> EXAMPLE_REGION;
            case "Account" -> EXAMPLE_ACCOUNT;
            default -> "example-" + kebab(m.group(1));
          });
      at = m.end();
    }
    return out.append(format.substring(at)).toString();
  }

  /**
   * An ARN for a type whose format no source gives: {@code AWS::AppConfig::Configuration} →
   * {@code arn:aws:appconfig:us-east-1:123456789012:configuration/example}. An example value only.
   */
  public static String placeholder(String type) {
    String[] parts = type.split("::");
    String service = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "service";
    String resource = parts.length > 2 ? kebab(parts[2]) : "resource";
    return "arn:aws:" + service + ":" + EXAMPLE_REGION + ":" + EXAMPLE_ACCOUNT + ":" + resource + "/example";
  }

  /** {@code RoleNameWithPath} → {@code role}, {@code AccessPointName} → {@code access-point}. */
  static String kebab(String placeholder) {
    String base = placeholder.replaceAll("(WithPath|Name|Id|ID|UUID|Label)$", "");
    base = base.replaceAll("(WithPath|Name|Id|ID|UUID)$", "");
    if (base.isEmpty()) {
      base = placeholder;
    }
    return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String literal(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == ':' || c == '/' || c == '-' || c == '_') {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    }
    return out.toString();
  }
}
