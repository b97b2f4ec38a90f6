package io.github.cloudtrailschema.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Cloud Custodian resource type an event is about, from Custodian's own resource metadata
 * (the curated {@code curated/custodian-resources.tsv}): the type of the event's service whose noun
 * the operation's name names first (AttachRolePolicy → aws.iam-role, PutFunctionConcurrency →
 * aws.lambda), else the type whose id field the request carries, else the service's main type.
 */
final class CustodianResources {
  /** A {@code mode.events} shortcut of c7n/cwe.py: the event name Custodian knows and its ids. */
  record Shortcut(String name, String ids) {}

  /**
   * One resource type of the table.
   *
   * @param name the type a policy writes ({@code aws.iam-role})
   * @param id the field Custodian identifies the resource by ({@code RoleName}), or empty
   * @param nouns the names an operation names it by ({@code Role}), from its CloudFormation type,
   *     id field and ARN type
   * @param main whether it is the service's type for operations that name none
   */
  record Type(String name, String id, List<String> nouns, boolean main) {}

  private static final String RESOURCE = "/curated/custodian-resources.tsv";

  /** boto3 client names whose model is named otherwise in the catalog. */
  private static final Map<String, String> MODEL_OF =
      Map.ofEntries(
          Map.entry("ecr", "api.ecr"), Map.entry("sagemaker", "api.sagemaker"),
          Map.entry("ses", "email"), Map.entry("s3control", "s3-control"),
          Map.entry("dynamodbstreams", "streams.dynamodb"), Map.entry("lex-models", "models.lex"),
          Map.entry("appstream", "appstream2"), Map.entry("opsworkscm", "opsworks-cm"),
          Map.entry("elbv2", "elasticloadbalancingv2"), Map.entry("elb", "elasticloadbalancing"),
          Map.entry("cloudwatch", "monitoring"), Map.entry("stepfunctions", "states"),
          Map.entry("emr", "elasticmapreduce"), Map.entry("efs", "elasticfilesystem"));

  private static final Map<String, List<Type>> BY_MODEL = load();

  private CustodianResources() {}

  /** Custodian's shortcut for the event, from the curated table in {@code trail/}. */
  static Optional<Shortcut> shortcut(String eventSource, String eventName) {
    return io.github.cloudtrailschema.trail.CustodianShortcuts.forEvent(eventSource, eventName)
        .map(s -> new Shortcut(s.name(), s.ids()));
  }

  /**
   * The resource type of an operation of the model {@code model} (logged under {@code
   * servicePrefix}, which names the service of a curated model), given the names of its request's
   * top-level members.
   */
  static Optional<Type> resource(
      String model, String servicePrefix, String operation, Collection<String> requestMembers) {
    List<Type> types = BY_MODEL.getOrDefault(model, BY_MODEL.get(servicePrefix));
    if (types == null) {
      return Optional.empty();
    }
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
    if (best != null) {
      return Optional.of(best);
    }
    for (Type t : types) {
      if (!t.id().isEmpty()
          && requestMembers.stream().anyMatch(m -> m.equalsIgnoreCase(t.id()))
          && t.nouns().stream().noneMatch(n -> n.length() < 3)) {
        return Optional.of(t);
      }
    }
    return types.stream().filter(Type::main).findFirst();
  }

  private static Map<String, List<Type>> load() {
    Map<String, List<Type>> out = new LinkedHashMap<>();
    try (InputStream in = CustodianResources.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String id = f[4].equals("-") ? "" : f[4];
        Type type = new Type(f[0], id, NounMatch.nouns(f[2], f[3], id), f[5].equals("main"));
        String model = MODEL_OF.getOrDefault(f[1], f[1]).toLowerCase(Locale.ROOT);
        out.computeIfAbsent(model, k -> new ArrayList<>()).add(type);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
