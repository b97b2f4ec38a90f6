package io.github.cloudtrailschema.format.custodian;

import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Synthetic;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The likeliest resource identifier of an event's record, as a path Cloud Custodian's {@code ids}
 * accepts ({@code responseElements.volumeId}, {@code requestParameters.bucketName}). Identifiers
 * named after the operation's noun win, then those named after its head ({@code AttachRolePolicy} →
 * {@code roleName}), then its tail; ids and ARNs the response assigns beat names the request gives;
 * shallow beats deep.
 */
final class ResourceIds {
  private static final String[] VERBS = {
    "Create",
    "Delete",
    "Update",
    "Put",
    "Modify",
    "Run",
    "Start",
    "Stop",
    "Terminate",
    "Attach",
    "Detach",
    "Associate",
    "Disassociate",
    "Add",
    "Remove",
    "Tag",
    "Untag",
    "Get",
    "Describe",
    "List",
    "Set",
    "Enable",
    "Disable",
    "Register",
    "Deregister",
    "Authorize",
    "Revoke",
    "Reboot"
  };

  private ResourceIds() {}

  static Optional<FieldPath> best(EventSchema event) {
    String noun = noun(event.operation().name()).toLowerCase(Locale.ROOT);
    LeafPath best = null;
    int bestScore = 0;
    boolean ownNamespace = ownsSyntheticNamespace(event);
    for (LeafPath leaf : LeafPaths.of(event)) {
      int score = score(leaf, noun, ownNamespace);
      if (score > bestScore) {
        best = leaf;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(LeafPath::path);
  }

  /**
   * The shallowest string field of the record named {@code field} (Custodian's id field of the
   * event's resource type, {@code RoleName}), in any case; the request's before the response's.
   */
  static Optional<FieldPath> named(EventSchema event, String field) {
    if (field.isEmpty()) {
      return Optional.empty();
    }
    LeafPath best = null;
    int bestDepth = Integer.MAX_VALUE;
    boolean ownNamespace = ownsSyntheticNamespace(event);
    for (LeafPath leaf : LeafPaths.of(event)) {
      if (score(leaf, "", ownNamespace) == 0
          || !(leaf.field().get().name().equalsIgnoreCase(field) || nestedArn(leaf.path(), field))) {
        continue;
      }
      int depth = depth(leaf.path());
      if (depth < bestDepth) {
        best = leaf;
        bestDepth = depth;
      }
    }
    return Optional.ofNullable(best).map(LeafPath::path);
  }

  /** iam's CreatePolicy answers {@code policy.arn} where Custodian's id field is {@code PolicyArn}. */
  private static boolean nestedArn(FieldPath path, String field) {
    if (!field.endsWith("Arn") || path.size() < 2) {
      return false;
    }
    List<FieldPath.Segment> s = path.segments();
    return s.get(s.size() - 1) instanceof FieldPath.Key last
        && s.get(s.size() - 2) instanceof FieldPath.Key owner
        && last.name().equalsIgnoreCase("arn")
        && owner.name().equalsIgnoreCase(field.substring(0, field.length() - 3));
  }

  /** How deep a path of plain keys lies: the dots of its notation. */
  private static int depth(FieldPath path) {
    int keys = path.keys().size();
    return Math.max(0, keys - 1);
  }

  /**
   * Whether the event's own model shares the namespace of the fields CloudTrail adds: CloudTrail's
   * API ({@code cloudtrail}), whose {@code trailName} is no added field.
   */
  private static boolean ownsSyntheticNamespace(EventSchema event) {
    return event.service().name().equals(Synthetic.NAMESPACE);
  }

  private static int score(LeafPath leaf, String noun, boolean ownNamespace) {
    if (!leaf.type().equals("string")
        || leaf.path().hasAnyKey()
        || leaf.path().hasOddKey()
        || !leaf.field().isPresent()
        // fields CloudTrail adds (EC2's requestId, S3's Host) identify no resource
        || (!ownNamespace
            && leaf.field().get().member().target().service().equals(Synthetic.NAMESPACE))) {
      return 0;
    }
    String name = leaf.field().get().name().toLowerCase(Locale.ROOT);
    int base;
    if (name.endsWith("id") || name.endsWith("identifier")) {
      base = 6;
    } else if (name.endsWith("arn")) {
      base = 5;
    } else if (name.endsWith("name")) {
      base = 4;
    } else {
      return 0;
    }
    int score = base;
    String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    String stem = stem(name);
    if (!singular.isEmpty() && name.startsWith(singular)) {
      score += 12;
    } else if (!singular.isEmpty() && stem.length() >= 3 && singular.startsWith(stem)) {
      // UpdateFunctionConfiguration, PutBucketPolicy, AttachRolePolicy: the noun's head is the
      // resource, more than its tail
      score += 11;
    } else if (!singular.isEmpty() && singular.endsWith(stem)) {
      score += 10;
    } else if (name.equals("id") || name.equals("arn") || name.equals("name")) {
      score += 3;
    }
    if (leaf.path().startsWithKey("responseElements") && base != 4) {
      score += 2;
    }
    score -= 2 * depth(leaf.path());
    score -= leaf.path().hasElement() ? 1 : 0;
    return Math.max(score, 1);
  }

  private static String stem(String name) {
    for (String suffix : new String[] {"identifier", "arn", "name", "id"}) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return "\u0000";
  }

  static String noun(String operation) {
    for (String verb : VERBS) {
      if (operation.startsWith(verb) && operation.length() > verb.length()) {
        return operation.substring(verb.length());
      }
    }
    return operation;
  }
}
