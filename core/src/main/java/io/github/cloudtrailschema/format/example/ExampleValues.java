package io.github.cloudtrailschema.format.example;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.pattern.RegexSample;
import io.github.cloudtrailschema.trail.TimestampStyle;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Fixed, plausible example values for scalars: the first enum value, a number inside the range, a
 * string that reads like the member ({@code policyName} → {@code example-policy}) and satisfies its
 * length and pattern. No randomness: the same shape always gets the same value.
 */
public final class ExampleValues {
  /** The account every example uses, AWS's documentation account. */
  public static final String ACCOUNT = "123456789012";

  public static final String REGION = "us-east-1";

  /** Services whose ARNs carry no region. */
  private static final java.util.Set<String> GLOBAL =
      java.util.Set.of("iam", "sts", "s3", "cloudfront", "route53", "organizations", "waf");

  private ExampleValues() {}

  /** Writes the example value of {@code leaf}, found under the key {@code key}. */
  public static void write(JsonGenerator g, String key, Node.Leaf leaf, String service)
      throws IOException {
    ScalarShape s = leaf.shape();
    Constraints c = s.constraints();
    switch (s.kind()) {
      case BOOLEAN -> g.writeBoolean(true);
      case INTEGER, LONG, BIG_INTEGER -> g.writeNumber((long) number(c, true));
      case FLOAT, DOUBLE, BIG_DECIMAL -> g.writeNumber(number(c, false));
      case TIMESTAMP -> timestamp(g, leaf.timestampStyle().orElse(TimestampStyle.ISO_8601));
      case BLOB -> g.writeString("ZXhhbXBsZQ=="); // base64 of "example", as CloudTrail logs blobs
      default -> g.writeString(string(key, s, service));
    }
  }

  static void timestamp(JsonGenerator g, TimestampStyle style) throws IOException {
    if (style == TimestampStyle.EPOCH_MILLIS) {
      g.writeNumber(Long.parseLong(style.example()));
    } else {
      g.writeString(style.example());
    }
  }

  /** 1 where the range allows it, else the bound nearest to it. */
  static double number(Constraints c, boolean integral) {
    double min = c.min().orElse(Double.NEGATIVE_INFINITY);
    double max = c.max().orElse(Double.POSITIVE_INFINITY);
    double v = 1;
    if (v < min) {
      v = integral ? Math.ceil(min) : min;
    }
    if (v > max) {
      v = integral ? Math.floor(max) : max;
    }
    return v;
  }

  /** The example string of a string shape under {@code key}. */
  public static String string(String key, ScalarShape s, String service) {
    if (!s.enumValues().isEmpty()) {
      return s.enumValues().get(0);
    }
    Constraints c = s.constraints();
    int min = (int) Math.max(0, c.min().orElse(0));
    int max = (int) Math.min(Integer.MAX_VALUE, c.max().orElse(Integer.MAX_VALUE));
    Optional<Pattern> pattern = c.pattern().flatMap(ExampleValues::compile);
    for (String candidate : candidates(key, service)) {
      if (fits(candidate, min, max, pattern)) {
        return candidate;
      }
    }
    if (c.pattern().isPresent()) {
      Optional<String> sample = RegexSample.sample(c.pattern().get(), min, max);
      if (sample.isPresent()) {
        return sample.get();
      }
    }
    String base = "example";
    StringBuilder b = new StringBuilder(base.substring(0, Math.min(base.length(), max)));
    while (b.length() < min) {
      b.append(base.charAt(b.length() % base.length()));
    }
    return b.toString();
  }

  private static boolean fits(String s, int min, int max, Optional<Pattern> pattern) {
    int len = s.codePointCount(0, s.length());
    return len >= min && len <= max && (pattern.isEmpty() || pattern.get().matcher(s).matches());
  }

  public static Optional<Pattern> compile(String regex) {
    try {
      return Optional.of(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Values that read like the member, most specific first. */
  static List<String> candidates(String key, String service) {
    String k = key.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (k.endsWith("arn")) {
      String kind = k.length() > 3 ? words(key.substring(0, key.length() - 3)) : "example";
      String region = GLOBAL.contains(service) ? "" : REGION;
      out.add("arn:aws:" + service + ":" + region + ":" + ACCOUNT + ":" + kind + "/example");
      out.add("arn:aws:" + service + "::" + ACCOUNT + ":" + kind + "/example");
    }
    if (k.endsWith("accountid") || k.equals("ownerid") || k.equals("account")) {
      out.add(ACCOUNT);
    }
    if (k.endsWith("region")) {
      out.add(REGION);
    }
    if (k.contains("email")) {
      out.add("user@example.com");
    }
    if (k.endsWith("url") || k.endsWith("uri") || k.endsWith("endpoint")) {
      out.add("https://example.com");
    }
    if (k.contains("policy") && (k.contains("document") || k.equals("policy"))) {
      out.add(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    }
    if (k.endsWith("path")) {
      out.add("/");
    }
    if (k.endsWith("name") && k.length() > 4) {
      out.add("example-" + words(key.substring(0, key.length() - 4)));
    }
    if (k.endsWith("id") && k.length() > 2) {
      out.add(words(key.substring(0, key.length() - 2)) + "-0123456789abcdef0");
    }
    if (k.contains("description")) {
      out.add("Example description");
    }
    out.add(k.isEmpty() ? "example" : "example-" + words(key));
    out.add("example");
    return out;
  }

  /** {@code policyName} → {@code policy-name}, {@code DBInstance} → {@code dbinstance}. */
  public static String words(String key) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c)
          && i > 0
          && (Character.isLowerCase(key.charAt(i - 1)) || Character.isDigit(key.charAt(i - 1)))) {
        b.append('-');
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (c == '-' || c == '_') {
        b.append('-');
      }
    }
    return b.length() == 0 ? "example" : b.toString();
  }
}
