package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.Member;

/**
 * How a model member is named in a CloudTrail record. Service quirks are strategies chosen per
 * service, not conditions inside renderers.
 */
@FunctionalInterface
public interface NamingStrategy {
  String name(Member member);

  /** The model's member name unchanged ({@code PolicyName}). */
  static NamingStrategy memberName() {
    return Member::name;
  }

  /**
   * The first letter lowered, the rest kept: {@code PolicyName} → {@code policyName}, {@code
   * DBInstanceIdentifier} → {@code dBInstanceIdentifier}. This is what the original tool did and
   * what CloudTrail writes for most services (Java-bean style property names).
   */
  static NamingStrategy lowerFirst() {
    return m -> lowerFirst(m.name());
  }

  static String lowerFirst(String s) {
    if (s.isEmpty() || Character.isLowerCase(s.charAt(0))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
