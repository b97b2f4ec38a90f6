package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.loading.ServiceNames;
import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a service by any name a user may type: the catalogue name ({@code ecr}, botocore's), the
 * name the models jar gave it ({@code api.ecr}: {@link ServiceNames}), the endpoint
 * prefix, the signing name, the service id ({@code "Cost Explorer"}, any case, with spaces or
 * hyphens), the CloudTrail event source ({@code iam.amazonaws.com}) or the EventBridge source
 * ({@code aws.iam}).
 *
 * <p>Several services may share a name (DocDB and Neptune use the {@code rds} endpoint; many
 * SageMaker APIs sign as {@code sagemaker}). Names are tried in order of how specific they are, and
 * the first kind of name that matches exactly one service wins.
 */
public final class ServiceLocator {
  private final List<ServiceMetadata> services;
  private final List<Map<String, Set<String>>> tiers = new ArrayList<>();

  public ServiceLocator(Collection<ServiceMetadata> services) {
    this.services = List.copyOf(services);
    Map<String, Set<String>> byName = new LinkedHashMap<>();
    for (ServiceMetadata m : this.services) {
      add(byName, m.name(), m.name());
    }
    tiers.add(byName);
  }

  /**
   * The other kinds of name, indexed on first need: most look-ups use the catalogue name, and
   * deriving every service's event source is a measurable share of a short run.
   */
  private void indexAllNames() {
    if (tiers.size() > 1) {
      return;
    }
    // The models jar's old names (api.ecr, email): exact, so they come before the shared kinds.
    Map<String, Set<String>> byOldName = new LinkedHashMap<>();
    Set<String> present = new java.util.HashSet<>();
    for (ServiceMetadata m : this.services) {
      present.add(m.name());
    }
    for (Map.Entry<String, String> a : ServiceNames.aliases().entrySet()) {
      if (present.contains(a.getValue())) {
        add(byOldName, a.getKey(), a.getValue());
      }
    }
    Map<String, Set<String>> byEventSource = new LinkedHashMap<>();
    Map<String, Set<String>> byServiceId = new LinkedHashMap<>();
    Map<String, Set<String>> byEndpoint = new LinkedHashMap<>();
    Map<String, Set<String>> bySigning = new LinkedHashMap<>();
    for (ServiceMetadata m : this.services) {
      String source = EventSourceResolver.eventSource(m);
      add(byEventSource, source, m.name());
      add(byEventSource, EventSourceResolver.eventBridgeSource(m), m.name());
      add(byServiceId, m.serviceId(), m.name());
      add(byEndpoint, m.endpointPrefix(), m.name());
      add(bySigning, m.signingName(), m.name());
    }
    tiers.add(byOldName);
    tiers.add(byEventSource);
    tiers.add(byServiceId);
    tiers.add(byEndpoint);
    tiers.add(bySigning);
  }

  /** Lower case without spaces, hyphens and underscores: how names are compared. */
  public static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c != ' ' && c != '-' && c != '_') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void add(Map<String, Set<String>> index, String key, String name) {
    // No lambdas here or in the catalogue's look-up path: each costs a short run milliseconds.
    String k = normalise(key);
    Set<String> names = index.get(k);
    if (names == null) {
      names = new LinkedHashSet<>();
      index.put(k, names);
    }
    names.add(name);
  }

  /**
   * The catalogue name of the service {@code typed} names, if exactly one service answers to it at
   * the most specific kind of name that matches.
   */
  public Optional<String> find(String typed) {
    String key = normalise(typed);
    Set<String> exact = tiers.get(0).get(key);
    if (exact != null && exact.size() == 1) {
      return Optional.of(exact.iterator().next());
    }
    indexAllNames();
    for (Map<String, Set<String>> tier : tiers) {
      Set<String> hits = tier.get(key);
      if (hits == null) {
        continue;
      }
      if (hits.size() == 1) {
        return Optional.of(hits.iterator().next());
      }
      // A shared name: prefer the service whose catalogue name or service id it is, bare of
      // event-source dressing (rds over docdb and neptune; SES over SESv2 for ses.amazonaws.com).
      String bare = bare(key);
      for (ServiceMetadata m : services) {
        if (hits.contains(m.name())
            && (normalise(m.name()).equals(bare) || normalise(m.serviceId()).equals(bare))) {
          return Optional.of(m.name());
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String bare(String key) {
    String k = key.startsWith("aws.") ? key.substring(4) : key;
    String stripped = EventSourceResolver.stripSuffix(k);
    return stripped == null ? k : stripped;
  }

  /** Every service that answers to {@code typed} under some kind of name (for ambiguity errors). */
  public Set<String> candidates(String typed) {
    indexAllNames();
    Set<String> all = new LinkedHashSet<>();
    for (Map<String, Set<String>> tier : tiers) {
      all.addAll(tier.getOrDefault(normalise(typed), Set.of()));
    }
    return all;
  }

  /** Every name a service answers to, for suggestions and completion. */
  public Set<String> allNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ServiceMetadata m : services) {
      names.add(m.name());
    }
    return names;
  }
}
