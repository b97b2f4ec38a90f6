package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Cloud Custodian resource type an event is about, from Custodian's own resource metadata
 * (the curated {@code curated/custodian-resources.tsv}: each row is one resource class of {@code
 * c7n/resources/*.py} with the {@code service}, {@code arn_type}, {@code cfn_type} and {@code id}
 * its {@code resource_type} declares).
 *
 * <p>The rule, in order, over the types whose {@code service} (boto3 client name) is the event's
 * service:
 *
 * <ol>
 *   <li>the type the operation's name names first as a whole CamelCase word, by its CloudFormation
 *       type's last part, its id field's stem or its ARN type ({@code CreateVpc} → {@code
 *       AWS::EC2::VPC} → aws.vpc; {@code AttachRolePolicy} → aws.iam-role);
 *   <li>else the type whose id field, or whose noun with an id suffix, the request carries as a
 *       top-level member ({@code CreateAccessKey(userName)} → aws.iam-user, id {@code UserName};
 *       {@code CreateQueue(instanceId)} → aws.connect-instance, ARN type instance); a bare
 *       {@code Id}, {@code Name} or {@code Arn} names no type;
 *   <li>else, where Custodian models the service's settings as the account or as filters of
 *       {@code aws.account} (GuardDuty's detector, Security Hub, IAM Access Analyzer, the Account
 *       service), the account.
 * </ol>
 *
 * Otherwise there is none: the operation acts on something Custodian does not model. There is no
 * per-service default type: one was wrong for nearly every event it caught (aws.iot for
 * CreateTopicRule, aws.waf for CreateIPSet).
 */
public final class CustodianResources {
  /** A {@code mode.events} shortcut of c7n/cwe.py: the event name Custodian knows and its ids. */
  public record Shortcut(String name, String ids) {}

  /**
   * One resource type of the table.
   *
   * @param name the type a policy writes ({@code aws.iam-role})
   * @param id the field Custodian identifies the resource by ({@code RoleName}), or empty
   * @param nouns the names an operation names it by ({@code Role}), from its CloudFormation type,
   *     id field and ARN type
   * @param source where Custodian declares it ({@code c7n/resources/iam.py Role})
   */
  public record Type(String name, String id, List<String> nouns, String source) {
    /** Whether this row says the service's settings are the account's (aws.account's filters). */
    public boolean account() {
      return name.equals(ACCOUNT);
    }
  }

  /** Why a type was chosen: the steps of the rule. */
  public enum Reason {
    NAMED("the operation names it"),
    ID_IN_REQUEST("the request carries its id field"),
    ACCOUNT("an account-level setting in Custodian's model");

    public final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  /**
   * The chosen type, why, and the field that identifies the resource in the record: the request
   * member that named it, else the type's id field.
   */
  public record Match(Type type, Reason reason, String field) {
    Match(Type type, Reason reason) {
      this(type, reason, type.id());
    }
  }

  static final String ACCOUNT = "aws.account";
  private static final Set<String> GENERIC_IDS = Set.of("id", "name", "arn");
  private static final List<String> ID_SUFFIXES = List.of("Id", "Arn", "Name", "Identifier");
  private static final String RESOURCE = "/curated/custodian-resources.tsv";

  private static final Map<String, List<Type>> BY_MODEL = load();

  private CustodianResources() {}

  /** Custodian's shortcut for the event, from the curated table in {@code trail/}. */
  public static Optional<Shortcut> shortcut(String eventSource, String eventName) {
    return io.github.cloudtrailschema.trail.CustodianShortcuts.forEvent(eventSource, eventName)
        .map(s -> new Shortcut(s.name(), s.ids()));
  }

  /** Whether Custodian models the service at all (has a row for it). */
  public static boolean modeled(String model, String servicePrefix) {
    return types(model, servicePrefix) != null;
  }

  /**
   * The resource type of an operation of the model {@code model} (logged under {@code
   * servicePrefix}, which names the service of a curated model), given the names of its request's
   * top-level members.
   */
  public static Optional<Match> resource(
      String model, String servicePrefix, String operation, Collection<String> requestMembers) {
    List<Type> types = types(model, servicePrefix);
    if (types == null) {
      return Optional.empty();
    }
    Type named = named(types, operation);
    if (named != null) {
      return Optional.of(new Match(named, Reason.NAMED));
    }
    for (Type t : types) {
      for (String m : requestMembers) {
        if (identifies(t, m)) {
          return Optional.of(new Match(t, Reason.ID_IN_REQUEST, m));
        }
      }
    }
    return types.stream().filter(Type::account).findFirst().map(t -> new Match(t, Reason.ACCOUNT));
  }

  /**
   * Whether a request member is the type's identifier: its id field ({@code UserName}), or its noun
   * with an id suffix ({@code InstanceId} for Connect's instance, whose id field is a bare {@code
   * Id}). A bare {@code Id}, {@code Name} or {@code Arn} is every type's and names none (route53's
   * hosted zone and health check, glue's job and table).
   */
  private static boolean identifies(Type t, String member) {
    if (!t.id().isEmpty()
        && !GENERIC_IDS.contains(t.id().toLowerCase(Locale.ROOT))
        && member.equalsIgnoreCase(t.id())) {
      return true;
    }
    for (String noun : t.nouns()) {
      for (String suffix : ID_SUFFIXES) {
        if (member.equalsIgnoreCase(noun + suffix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Type> types(String model, String servicePrefix) {
    return BY_MODEL.getOrDefault(model, BY_MODEL.get(servicePrefix));
  }

  /** The type whose noun the operation names first (the longest noun at the same place). */
  private static Type named(List<Type> types, String operation) {
    Type best = null;
    int bestAt = Integer.MAX_VALUE;
    int bestLength = 0;
    for (Type t : types) {
      for (String noun : t.nouns()) {
        int at = NounMatch.indexOf(operation, noun);
        if (at >= 0 && (at < bestAt || (at == bestAt && noun.length() > bestLength))) {
          best = t;
          bestAt = at;
          bestLength = noun.length();
        }
      }
    }
    return best;
  }

  private static Map<String, List<Type>> load() {
    Map<String, List<Type>> out = new LinkedHashMap<>();
    for (String[] f : CuratedRows.read(RESOURCE)) {
      String id = f[4].equals("-") ? "" : f[4];
      List<String> nouns = f[0].equals(ACCOUNT) ? List.of() : NounMatch.nouns(f[2], f[3], id);
      String source = "c7n/resources/" + f[6] + " " + f[7];
      Type type = new Type(f[0], id, nouns, source);
      // Custodian names a service by its boto3 client, botocore's name: the catalogue's too.
      String model = f[1].toLowerCase(Locale.ROOT);
      out.computeIfAbsent(model, k -> new ArrayList<>()).add(type);
    }
    return out;
  }
}
