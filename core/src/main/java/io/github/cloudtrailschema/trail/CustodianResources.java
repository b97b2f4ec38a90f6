package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Cloud Custodian resource types an event may be about, from the metadata one tagged c7n
 * release declares ({@code curated/custodian-resources.tsv}: each row a resource class of {@code
 * c7n/resources/*.py} at that tag, with whether c7n takes it in cloudtrail mode and what its
 * lookup finds a resource by) and the services c7n models as filters of {@code aws.account}
 * ({@code curated/custodian-account-services.tsv}).
 *
 * <p>An event's service is found by botocore's service id (which this project's models carry too),
 * else by its event source's prefix (DocumentDB and Neptune log as {@code rds}). The candidates, in
 * order:
 *
 * <ol>
 *   <li>the type the operation's name names first as a whole CamelCase word, by its CloudFormation
 *       type's last part, its id field's stem or its ARN type ({@code CreateVpc} → {@code
 *       AWS::EC2::VPC} → aws.vpc; {@code AttachRolePolicy} → aws.iam-role);
 *   <li>the types whose lookup finds a resource by a field the request carries, in the request's
 *       order ({@code CreateAccessKey(userName)} → aws.iam-user; {@code CreateQueue(instanceId)} →
 *       aws.connect-instance);
 *   <li>where c7n models the service's settings as filters of {@code aws.account} (GuardDuty,
 *       Security Hub, IAM Access Analyzer) or the service is the account's, the account.
 * </ol>
 *
 * Whether a candidate can be used is the caller's to decide: c7n must take it in cloudtrail mode,
 * and the record must hold what its lookup finds ({@link CustodianLookup}). There is no
 * per-service default type: one was wrong for nearly every event it caught.
 */
public final class CustodianResources {
  /**
   * One resource type of the release.
   *
   * @param name the type a policy writes ({@code aws.iam-role})
   * @param id the field c7n identifies the resource by ({@code RoleName}), or empty
   * @param idPrefix the {@code id_prefix} its {@code match_ids} keeps ids by ({@code i-}), if any
   * @param accepts what an id must be for the lookup to find the resource: fields of the resource
   *     ({@code RoleName}, {@code arn}), {@code *} (ids ignored) or {@code -} (never finds)
   * @param cloudtrail whether c7n accepts the type in a {@code mode: cloudtrail} policy
   * @param refusal c7n's reason where it does not, else empty
   * @param nouns the names an operation names it by ({@code Role}), from its CloudFormation type,
   *     id field and ARN type
   * @param source where the release declares it ({@code c7n 0.9.51.0 c7n/resources/iam.py:100
   *     Role})
   */
  public record Type(
      String name,
      String id,
      Optional<String> idPrefix,
      List<String> accepts,
      boolean cloudtrail,
      String refusal,
      List<String> nouns,
      List<String> idNouns,
      String source) {
    /** The account itself (its lookup ignores ids and returns the account). */
    public boolean account() {
      return name.equals(ACCOUNT);
    }

    /** Whether the lookup ignores ids and returns the account's one resource of the type. */
    public boolean idsIgnored() {
      return accepts.equals(List.of("*"));
    }

    /** Whether the lookup never finds anything in this release (a removed service). */
    public boolean neverFinds() {
      return accepts.equals(List.of("-"));
    }
  }

  /** Why a type is a candidate: the steps of the rule. */
  public enum Reason {
    NAMED("the operation names it"),
    ID_IN_REQUEST("the request carries its id"),
    ACCOUNT("an account-level setting in Custodian's model");

    public final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  /** A candidate type and why; for {@link Reason#ACCOUNT}, the evidence of the account filter. */
  public record Candidate(Type type, Reason reason, String evidence) {}

  static final String ACCOUNT = "aws.account";
  private static final String RESOURCES = "/curated/custodian-resources.tsv";
  private static final String ACCOUNT_SERVICES = "/curated/custodian-account-services.tsv";

  private static final Map<String, Type> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, List<Type>> BY_SERVICE_ID = new LinkedHashMap<>();
  private static final Map<String, List<Type>> BY_ENDPOINT = new LinkedHashMap<>();
  private static final Map<String, String> ACCOUNT_FILTERS = new LinkedHashMap<>();
  private static String release = "";

  static {
    load();
  }

  private CustodianResources() {}

  /** The c7n release the table was read from ({@code 0.9.51.0}). */
  public static String release() {
    return release;
  }

  /** The type a policy may name as {@code name} (an alias resolves to its type). */
  public static Optional<Type> type(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Every type of the release, aliases left out, in the table's order. */
  public static List<Type> all() {
    return BY_NAME.entrySet().stream()
        .filter(e -> e.getKey().equals(e.getValue().name()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** Whether Custodian models the service at all (a type, or filters of aws.account). */
  public static boolean modeled(String serviceId, String eventSourcePrefix) {
    return types(serviceId, eventSourcePrefix) != null
        || ACCOUNT_FILTERS.containsKey(compact(serviceId));
  }

  /**
   * The candidate types of an operation of the service {@code serviceId} (botocore's), logged
   * under {@code eventSourcePrefix}, given its request's fields: each as the keys from {@code
   * requestParameters} down ({@code [roleName]}; EC2's wrapped requests {@code
   * [CreateXRequest, XId]}), in the request's order.
   */
  public static List<Candidate> candidates(
      String serviceId,
      String eventSourcePrefix,
      String operation,
      List<List<String>> requestFields) {
    List<Type> types = types(serviceId, eventSourcePrefix);
    List<Candidate> out = new ArrayList<>();
    if (types != null) {
      Type named = named(types, operation);
      if (named != null) {
        out.add(new Candidate(named, Reason.NAMED, ""));
      }
      for (List<String> field : requestFields) {
        for (Type t : types) {
          if (t != named
              && out.stream().noneMatch(c -> c.type() == t)
              && CustodianLookup.finds(t, field, false)) {
            out.add(new Candidate(t, Reason.ID_IN_REQUEST, String.join(".", field)));
          }
        }
      }
      types.stream()
          .filter(Type::account)
          .findFirst()
          .ifPresent(t -> out.add(new Candidate(t, Reason.ACCOUNT, t.source())));
    }
    String filter = ACCOUNT_FILTERS.get(compact(serviceId));
    if (filter != null && out.stream().noneMatch(c -> c.type().account())) {
      out.add(new Candidate(BY_NAME.get(ACCOUNT), Reason.ACCOUNT, filter));
    }
    return out;
  }

  private static List<Type> types(String serviceId, String eventSourcePrefix) {
    List<Type> byId = BY_SERVICE_ID.get(compact(serviceId));
    return byId != null ? byId : BY_ENDPOINT.get(eventSourcePrefix);
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

  /** Letters and digits, lower case: botocore's and the models' service ids compare alike. */
  static String compact(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  // Columns of custodian-resources.tsv (its header describes them).
  private static final int NAME = 0;
  private static final int ALIAS_OF = 1;
  private static final int FILE = 2;
  private static final int CLASS = 3;
  private static final int SERVICE_ID = 5;
  private static final int ENDPOINT_PREFIX = 6;
  private static final int ID = 7;
  private static final int ARN_TYPE = 10;
  private static final int ID_PREFIX = 12;
  private static final int CFN_TYPE = 13;
  private static final int CLOUDTRAIL = 17;
  private static final int CLOUDTRAIL_WHY = 18;
  private static final int IDS_ACCEPTED = 19;
  private static final int CHECKED = 21;
  private static final int COLUMNS = 22;

  private static void load() {
    List<CuratedRows.Row> aliases = new ArrayList<>();
    for (CuratedRows.Row row : CuratedRows.rows(RESOURCES)) {
      String[] f = row.cells();
      if (f.length != COLUMNS) {
        throw new IllegalStateException(
            RESOURCES + " line " + row.line() + ": " + f.length + " columns, not " + COLUMNS);
      }
      if (!f[ALIAS_OF].equals("-")) {
        aliases.add(row);
        continue;
      }
      release = f[CHECKED];
      Type type = type(f);
      BY_NAME.put(type.name(), type);
      if (!f[SERVICE_ID].equals("-")) {
        BY_SERVICE_ID.computeIfAbsent(compact(f[SERVICE_ID]), k -> new ArrayList<>()).add(type);
        BY_ENDPOINT.computeIfAbsent(f[ENDPOINT_PREFIX], k -> new ArrayList<>()).add(type);
      }
    }
    for (CuratedRows.Row row : aliases) {
      BY_NAME.put(row.cells()[NAME], BY_NAME.get(row.cells()[ALIAS_OF]));
    }
    for (String[] f : CuratedRows.read(ACCOUNT_SERVICES)) {
      ACCOUNT_FILTERS.put(compact(f[0]), "filter " + f[1] + ", " + f[2]);
    }
    BY_SERVICE_ID.replaceAll((k, v) -> Collections.unmodifiableList(v));
    BY_ENDPOINT.replaceAll((k, v) -> Collections.unmodifiableList(v));
  }

  private static Type type(String[] f) {
    String name = f[NAME];
    String id = f[ID].equals("-") ? "" : f[ID];
    Optional<String> idPrefix =
        f[ID_PREFIX].equals("-")
            ? Optional.empty()
            : Optional.of(f[ID_PREFIX].equals("\"\"") ? "" : f[ID_PREFIX]);
    String arnType = f[ARN_TYPE];
    String cfnType = f[CFN_TYPE];
    List<String> nouns =
        name.equals(ACCOUNT)
            ? List.of()
            : NounMatch.nouns(arnType, cfnType, bareId(id), name.substring("aws.".length()));
    List<String> idNouns = new ArrayList<>(nouns);
    idNouns.add(NounMatch.camel(name.substring("aws.".length())));
    boolean cloudtrail = f[CLOUDTRAIL].equals("yes");
    return new Type(
        name,
        id,
        idPrefix,
        List.copyOf(Arrays.asList(f[IDS_ACCEPTED].split(";"))),
        cloudtrail,
        cloudtrail ? "" : f[CLOUDTRAIL_WHY],
        nouns,
        List.copyOf(idNouns),
        "c7n " + f[CHECKED] + " c7n/resources/" + f[FILE] + " " + f[CLASS]);
  }

  /** {@code metadata.arn} (App Mesh) is the field {@code arn} of the resource's metadata. */
  private static String bareId(String id) {
    return id.substring(id.lastIndexOf('.') + 1);
  }
}
