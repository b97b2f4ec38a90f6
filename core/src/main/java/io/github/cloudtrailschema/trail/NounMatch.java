package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The nouns a Custodian resource type is named by in operation names, and where an operation names
 * one: as a whole word of its CamelCase name ({@code Role} in {@code AttachRolePolicy}, not in
 * {@code ControlRole}'s middle), in any case, plural allowed.
 */
final class NounMatch {
  private static final String[] ID_SUFFIXES = {"Identifier", "Name", "Arn", "ARN", "Id", "Url"};

  private NounMatch() {}

  /** Nouns from a CloudFormation type's last part, an id field's stem and an ARN type. */
  static List<String> nouns(String arnType, String cfnType, String id) {
    return nouns(arnType, cfnType, id, "");
  }

  /**
   * Those, and the words of the type's name after the first where they are two or more: Comprehend's
   * jobs declare no ARN or CloudFormation type and share the id {@code JobId}, and only their names
   * ({@code comprehend-pii-entities-detection-job} → {@code PiiEntitiesDetectionJob}) tell them
   * apart. A single word ({@code rest-api} → {@code Api}) would be named by too many operations.
   */
  static List<String> nouns(String arnType, String cfnType, String id, String typeName) {
    List<String> out = new ArrayList<>();
    int dash = typeName.indexOf('-');
    if (dash > 0 && typeName.indexOf('-', dash + 1) > 0) {
      out.add(camel(typeName.substring(dash + 1)));
    }
    if (!cfnType.equals("-")) {
      out.add(cfnType.substring(cfnType.lastIndexOf(':') + 1));
    }
    for (String suffix : ID_SUFFIXES) {
      if (id.endsWith(suffix) && id.length() > suffix.length()) {
        out.add(capitalize(id.substring(0, id.length() - suffix.length())));
        break;
      }
    }
    if (!arnType.equals("-")) {
      out.add(camel(arnType));
    }
    // ARN types such as rds's "pg" or "es" are abbreviations no operation spells out
    out.removeIf(n -> n.length() < 3);
    return List.copyOf(out);
  }

  /**
   * Where {@code operation} names {@code noun} as whole words, or -1: the match starts at a capital
   * letter and ends at the name's end, a capital letter, or a plural "s" before one of those.
   */
  static int indexOf(String operation, String noun) {
    String op = operation.toLowerCase(Locale.ROOT);
    String n = noun.toLowerCase(Locale.ROOT);
    for (int at = op.indexOf(n); at >= 0; at = op.indexOf(n, at + 1)) {
      int end = at + n.length();
      if (Character.isUpperCase(operation.charAt(at)) && boundary(operation, end)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean boundary(String s, int end) {
    if (end == s.length() || Character.isUpperCase(s.charAt(end))) {
      return true;
    }
    if (s.charAt(end) == 's' || s.charAt(end) == 'S') {
      return end + 1 == s.length() || Character.isUpperCase(s.charAt(end + 1));
    }
    return false;
  }

  /** {@code user-pool} → {@code UserPool}, {@code loadbalancer/app} → {@code LoadbalancerApp}. */
  static String camel(String words) {
    StringBuilder camel = new StringBuilder();
    for (String part : words.split("[-/_ ]")) {
      camel.append(capitalize(part));
    }
    return camel.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
