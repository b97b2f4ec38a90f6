package io.github.cloudtrailschema.trail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a field of a CloudTrail record holds a value a Custodian type's lookup finds its
 * resource by: {@code get_resources(ids)} after {@code match_ids}, as the release's table says
 * ({@link CustodianResources.Type#accepts}).
 *
 * <ul>
 *   <li>A named field of the resource ({@code RoleName}, {@code FunctionArn}) is found by the same
 *       name in any case ({@code roleName}), or by the type's noun with the same suffix ({@code
 *       securityGroupId} for aws.security-group's {@code GroupId}).
 *   <li>A generic one ({@code Id}, {@code Name}, {@code Arn}, an ARN) by the type's noun with that
 *       suffix ({@code userPoolId} for aws.user-pool's {@code Id}, {@code bucketName} for aws.s3's
 *       {@code Name}), by the bare word under an object named by the noun ({@code policy.arn}),
 *       or, where the operation names the type, by the bare word at the top of the request or
 *       response ({@code CreateTrail(name)}).
 *   <li>{@code A.B}: only the field {@code B} under an object {@code A} ({@code hostedZone.id}, in
 *       the {@code /hostedzone/} form the listing compares; {@code metadata.arn}).
 *   <li>With an {@code id_prefix}, only the id field itself: {@code match_ids} drops anything else
 *       (an ARN, a name) before the lookup.
 *   <li>Nothing under a list of failures or of filters ({@code unprocessedClusters[]}, EC2's
 *       {@code filterSet}): those name what the call did not act on, or a search.
 * </ul>
 */
public final class CustodianLookup {
  private static final List<String> FAILURE_WORDS =
      List.of("unprocessed", "failed", "failure", "error", "filter");

  /** A value form no record field states: alias names, {@code family:revision}, ... */
  private static final Set<String> NOT_A_FIELD = Set.of("alias", "*", "-");

  private CustodianLookup() {}

  /**
   * Whether the field at {@code keys} (the keys below {@code requestParameters} or {@code
   * responseElements}, lists flattened) holds what {@code type}'s lookup finds. {@code
   * operationNamesIt}: the operation names the type, so a bare {@code name}, {@code id} or {@code
   * arn} at the top is the type's.
   */
  public static boolean finds(CustodianResources.Type type, List<String> keys, boolean operationNamesIt) {
    if (keys.isEmpty()) {
      return false;
    }
    for (String container : keys.subList(0, keys.size() - 1)) {
      String c = container.toLowerCase(Locale.ROOT);
      if (FAILURE_WORDS.stream().anyMatch(c::contains)) {
        return false;
      }
    }
    String last = keys.get(keys.size() - 1);
    Optional<String> parent =
        keys.size() > 1 ? Optional.of(keys.get(keys.size() - 2)) : Optional.empty();
    boolean top = keys.size() == 1 && operationNamesIt;
    for (String token : type.accepts()) {
      if (!usable(type, token)) {
        continue;
      }
      int dot = token.lastIndexOf('.');
      if (dot >= 0) {
        // only the field under that object has the form the lookup compares
        if (last.equalsIgnoreCase(token.substring(dot + 1))
            && parent.map(p -> p.equalsIgnoreCase(token.substring(0, dot))).orElse(false)) {
          return true;
        }
      } else if (matches(type, token, last, parent, top)) {
        return true;
      }
    }
    return false;
  }

  /**
   * With an {@code id_prefix}, {@code match_ids} keeps only ids that start with it: the prefixed id
   * field, not an ARN or a name the lookup would otherwise take (FSx).
   */
  private static boolean usable(CustodianResources.Type type, String token) {
    if (NOT_A_FIELD.contains(token) || token.contains(":") || token.contains("/")) {
      return false;
    }
    boolean prefixed = type.idPrefix().map(p -> !p.isEmpty()).orElse(false);
    return !prefixed || token.equalsIgnoreCase(type.id());
  }

  private static boolean matches(
      CustodianResources.Type type,
      String token,
      String last,
      Optional<String> parent,
      boolean top) {
    Optional<Generic> generic = Generic.of(token);
    if (generic.isEmpty()) {
      return last.equalsIgnoreCase(token) || byNoun(type, token, last);
    }
    for (String noun : type.idNouns()) {
      for (String suffix : generic.get().suffixes) {
        if (last.equalsIgnoreCase(noun + suffix)) {
          return true;
        }
      }
    }
    if (generic.get().suffixes.stream().noneMatch(last::equalsIgnoreCase)) {
      return false;
    }
    return top || parent.map(p -> type.idNouns().stream().anyMatch(p::equalsIgnoreCase)).orElse(false);
  }

  /**
   * A named field's value under the type's noun: {@code securityGroupId} holds what aws.security-
   * group's {@code GroupId} does.
   */
  private static boolean byNoun(CustodianResources.Type type, String token, String last) {
    for (String suffix : SUFFIXES) {
      if (token.endsWith(suffix) && token.length() > suffix.length()) {
        return type.idNouns().stream().anyMatch(n -> last.equalsIgnoreCase(n + suffix));
      }
    }
    return false;
  }

  private static final List<String> SUFFIXES =
      List.of("Identifier", "Name", "ARN", "Arn", "Id", "Url");

  /** The fields every resource has: they say which resource only with its noun. */
  private enum Generic {
    ID(List.of("Id", "Identifier")),
    NAME(List.of("Name")),
    ARN(List.of("Arn"));

    final List<String> suffixes;

    Generic(List<String> suffixes) {
      this.suffixes = suffixes;
    }

    static Optional<Generic> of(String token) {
      return switch (token.toLowerCase(Locale.ROOT)) {
        case "id", "identifier" -> Optional.of(ID);
        case "name" -> Optional.of(NAME);
        case "arn" -> Optional.of(ARN);
        default -> Optional.empty();
      };
    }
  }
}
