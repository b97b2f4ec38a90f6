package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.cloudtrailschema.model.Protocol;

/**
 * Per-service facts no model property predicts, as rules over the curated table {@code
 * curated/service-conventions.tsv} (each row with its evidence). Kept small on purpose: everything
 * else is derived from protocol and metadata.
 */
public final class ServiceConventions {
  /** The table, {@code curated/service-conventions.tsv}: each row one convention of one subject. */
  private static final Map<String, Set<String>> TABLE = load();

  private static final Set<String> KEEP_CASE = subjects("keep-api-casing");
  private static final Set<String> UNWRAP_SINGLE_RESULT = subjects("unwrap-single-result");
  private static final Set<String> REST_WITH_JAVA_DATES = subjects("rest-java-dates");
  private static final Set<String> JACKSON_NAMES = subjects("acronym-lowered");
  private static final Set<String> READ_ONLY_WITH_RESPONSES = subjects("read-only-responses-logged");
  private static final Set<String> READ_ONLY_SERVICES = subjects("all-read-only");

  /** An operation whose name starts with one of these words is marked read-only. */
  private static final List<String> READ_ONLY_VERBS = List.copyOf(subjects("read-only-verb"));

  private ServiceConventions() {}

  /**
   * API Gateway (v1) logs the request body under {@code <operation>Input} beside the path
   * parameters, with {@code "template": false}: {@code {"restApiId": .., "createStageInput": {..},
   * "template": false}} (CreateStage, TagResource, GetResource records).
   */
  public static boolean wrapsBodyAsOperationInput(ServiceMetadata m) {
    return m.endpointPrefix().equals("apigateway") && m.apiVersion().equals("2015-07-09");
  }

  public static boolean keepsApiCasing(ServiceMetadata m) {
    return KEEP_CASE.contains(m.endpointPrefix());
  }

  public static boolean unwrapsSingleResult(ServiceMetadata m) {
    return m.protocol() == Protocol.QUERY && UNWRAP_SINGLE_RESULT.contains(m.endpointPrefix());
  }

  /** How the service's records write timestamps. */
  public static Optional<TimestampStyle> timestamps(ServiceMetadata m) {
    return Optional.of(
        switch (m.protocol()) {
          case QUERY, JSON, SMITHY_RPC_V2_CBOR -> TimestampStyle.JAVA_DATE;
          case EC2 -> TimestampStyle.EPOCH_MILLIS;
          default ->
              REST_WITH_JAVA_DATES.contains(m.endpointPrefix())
                  ? TimestampStyle.JAVA_DATE
                  : TimestampStyle.ISO_8601;
        });
  }

  /** The member naming of a service that is neither EC2 nor S3. */
  public static NamingStrategy naming(ServiceMetadata m) {
    if (m.protocol() == Protocol.CLOUDTRAIL || keepsApiCasing(m)) {
      return NamingStrategy.memberName();
    }
    if (JACKSON_NAMES.contains(m.endpointPrefix())) {
      return NamingStrategy.jacksonFirst();
    }
    return NamingStrategy.cloudTrailDefault();
  }

  /**
   * Whether CloudTrail marks the event read-only. AWS classifies by action; the verbs below are the
   * read-only ones across services (Get, List, Describe, ...), as CloudTrail's own {@code readOnly}
   * field shows in the dev corpus.
   */
  public static boolean readOnly(ServiceMetadata service, String operation) {
    if (READ_ONLY_SERVICES.contains(service.endpointPrefix())) {
      return true;
    }
    for (String verb : READ_ONLY_VERBS) {
      if (operation.startsWith(verb)
          && (operation.length() == verb.length()
              || Character.isUpperCase(operation.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether CloudTrail logs {@code "responseElements": null} for the service's read-only calls. */
  public static boolean readOnlyResponsesAreNull(ServiceMetadata m) {
    return m.protocol() != Protocol.CLOUDTRAIL
        && !READ_ONLY_WITH_RESPONSES.contains(m.endpointPrefix());
  }

  private static Set<String> subjects(String convention) {
    return TABLE.getOrDefault(convention, Set.of());
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> table = new LinkedHashMap<>();
    for (CuratedRows.Row row : CuratedRows.rows("/curated/service-conventions.tsv")) {
      String[] c = row.cells();
      if (c.length != 3 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
        throw new IllegalStateException(
            "curated/service-conventions.tsv line " + row.line() + ": convention, subject and evidence expected");
      }
      table.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(c[1]);
    }
    return table;
  }
}
