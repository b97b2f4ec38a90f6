package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.Member;
import java.util.ArrayList;
import java.util.List;

/**
 * How a model member is named in a CloudTrail record: the key CloudTrail writes first, then any
 * other keys it is known to write for the same member. Service quirks are strategies chosen per
 * service, not conditions inside renderers.
 */
@FunctionalInterface
public interface NamingStrategy {
  /** Keys for the member, primary first; never empty. */
  List<String> names(Member member);

  /** The model's member name unchanged ({@code PolicyName}): services that keep API casing. */
  static NamingStrategy memberName() {
    return Standard.MEMBER_NAME;
  }

  /**
   * The first letter lowered, the rest kept: {@code PolicyName} → {@code policyName}, {@code
   * DBInstanceIdentifier} → {@code dBInstanceIdentifier}. This is the original tool's rule.
   */
  static NamingStrategy lowerFirst() {
    return Standard.LOWER_FIRST;
  }

  /**
   * CloudTrail's default: Java-bean property names of the AWS SDK v1 objects services log, i.e.
   * {@link #lowerFirst()}. Two kinds of alternative are added where records show CloudTrail writing
   * both: a name starting with an upper-case run also appears Jackson-style ({@code ARN} → {@code
   * aRN} and {@code arn}: Secrets Manager logs both), and a REST URI or query-string member also
   * appears under its wire name.
   */
  static NamingStrategy cloudTrailDefault() {
    return Standard.CLOUDTRAIL_DEFAULT;
  }

  /**
   * {@link #cloudTrailDefault()} with the Jackson-style name first: a member whose name starts with
   * an upper-case run is logged with the whole run lowered ({@code ARN} → {@code arn}), the
   * first-letter form ({@code aRN}) kept as an alternative for older records.
   */
  static NamingStrategy jacksonFirst() {
    return Standard.JACKSON_FIRST;
  }

  /**
   * The strategies above as constants rather than lambdas: the first lambda a process links costs a
   * short run several milliseconds of method-handle set-up.
   */
  enum Standard implements NamingStrategy {
    MEMBER_NAME,
    LOWER_FIRST,
    CLOUDTRAIL_DEFAULT,
    JACKSON_FIRST;

    @Override
    public List<String> names(Member m) {
      switch (this) {
        case MEMBER_NAME:
          return List.of(m.name());
        case LOWER_FIRST:
          return List.of(lowerFirst(m.name()));
        case JACKSON_FIRST:
          return cloudTrailNames(m, jacksonName(m.name()));
        default:
          return cloudTrailNames(m);
      }
    }
  }

  private static List<String> cloudTrailNames(Member m) {
    return cloudTrailNames(m, lowerFirst(m.name()));
  }

  /** {@code primary}, then the first-letter and Jackson forms, then a URI or query wire name. */
  private static List<String> cloudTrailNames(Member m, String primary) {
    {
      List<String> names = new ArrayList<>(3);
      names.add(primary);
      for (String alt : new String[] {lowerFirst(m.name()), jacksonName(m.name())}) {
        if (!names.contains(alt)) {
          names.add(alt);
        }
      }
      if ((m.location() == Location.URI || m.location() == Location.QUERY)
          && m.locationName().isPresent()
          && !names.contains(m.locationName().get())) {
        names.add(m.locationName().get());
      }
      return List.copyOf(names);
    }
  }

  static String lowerFirst(String s) {
    if (s.isEmpty() || Character.isLowerCase(s.charAt(0))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Jackson's bean naming: the leading run of capitals lowered, except the last one when a
   * lower-case letter follows ({@code ARN} → {@code arn}, {@code DBName} → {@code dbName}).
   */
  static String jacksonName(String s) {
    int run = 0;
    while (run < s.length() && Character.isUpperCase(s.charAt(run))) {
      run++;
    }
    if (run <= 1) {
      return lowerFirst(s);
    }
    if (run == s.length()) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    boolean lowerNext = Character.isLowerCase(s.charAt(run));
    int cut = lowerNext ? run - 1 : run;
    return s.substring(0, cut).toLowerCase(java.util.Locale.ROOT) + s.substring(cut);
  }
}
