package io.github.cloudtrailschema.check;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the event a record is: its {@code eventSource} names candidate services, its {@code
 * eventName} an operation of one of them. Models load lazily, once; schemas are cached per event.
 *
 * <p>Several services can log under one source (Elastic Load Balancing v1 and v2, DocumentDB and
 * Neptune under {@code rds}, SES v1 and v2). The record's {@code apiVersion}, when present, picks
 * the model; otherwise the service whose primary event source is the record's, in catalogue order
 * ({@code rds} before {@code docdb}).
 */
public final class EventIndex {
  private final ModelCatalog catalog;
  private final Map<String, List<ServiceSummary>> bySource = new HashMap<>();
  private final Map<String, EventSchemas> schemas = new ConcurrentHashMap<>();
  private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();

  /**
   * What a record's (eventSource, eventName, apiVersion) resolves to: the likeliest event, and the
   * other services' events of the same name under the same source (API Gateway v1 and v2 both have
   * {@code CreateDeployment}), for the checker to weigh against the record's content.
   */
  public record Resolution(
      Optional<EventSchema> event, List<EventSchema> alternatives, String reason) {
    static Resolution of(List<EventSchema> events) {
      return new Resolution(
          Optional.of(events.get(0)), List.copyOf(events.subList(1, events.size())), "");
    }

    static Resolution none(String reason) {
      return new Resolution(Optional.empty(), List.of(), reason);
    }
  }

  public EventIndex(ModelCatalog catalog) {
    this.catalog = catalog;
    for (ServiceSummary s : catalog.services()) {
      for (String source : EventSourceResolver.eventSources(s.metadata())) {
        bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(s);
      }
    }
    // Services whose primary source this is come first, and among them the one named after it
    // (rds before docdb and neptune, which share its endpoint).
    bySource.forEach(
        (source, list) ->
            list.sort(
                java.util.Comparator.comparing(
                        (ServiceSummary s) ->
                            !EventSourceResolver.eventSource(s.metadata()).equals(source))
                    .thenComparing(s -> !namedAfter(s, source))));
  }

  private static boolean namedAfter(ServiceSummary s, String source) {
    String bare = EventSourceResolver.stripSuffix(source);
    return s.name().equals(bare)
        || io.github.cloudtrailschema.trail.ServiceLocator.normalise(s.metadata().serviceId())
            .equals(
                io.github.cloudtrailschema.trail.ServiceLocator.normalise(String.valueOf(bare)));
  }

  /** Every event source of the catalogue, sorted. */
  public java.util.SortedSet<String> eventSources() {
    return new java.util.TreeSet<>(bySource.keySet());
  }

  /** The services that log under {@code eventSource}, likeliest first; empty if none. */
  public List<ServiceSummary> services(String eventSource) {
    return List.copyOf(bySource.getOrDefault(eventSource, List.of()));
  }

  /** Resolves a record's event; cached, so a log of a million records resolves each event once. */
  public Resolution resolve(String eventSource, String eventName, String apiVersion) {
    String key =
        eventSource + "\u0000" + eventName + "\u0000" + (apiVersion == null ? "" : apiVersion);
    return resolved.computeIfAbsent(key, k -> compute(eventSource, eventName, apiVersion));
  }

  private Resolution compute(String eventSource, String eventName, String apiVersion) {
    List<ServiceSummary> candidates = bySource.getOrDefault(eventSource, List.of());
    if (candidates.isEmpty()) {
      return Resolution.none("no service logs under " + eventSource);
    }
    Map<ServiceSummary, String> hits = new LinkedHashMap<>();
    // Several operations of one service may share a logged name (S3's ListObjects and
    // ListObjectsV2 both log ListObjects): all are offered, the record's fields choose.
    List<Map.Entry<ServiceSummary, String>> sameName = new ArrayList<>();
    for (ServiceSummary s : candidates) {
      ServiceModel model = catalog.load(s.name(), false);
      for (String op : EventNames.operationCandidates(s.metadata(), eventName)) {
        if (model.operations().containsKey(op)) {
          String first = hits.putIfAbsent(s, op);
          if (first != null && !first.equals(op) && sharesName(s, op, eventName)) {
            sameName.add(Map.entry(s, op));
          }
        }
      }
    }
    if (hits.isEmpty()) {
      return Resolution.none(
          eventName
              + " is not an event of "
              + String.join(", ", candidates.stream().map(ServiceSummary::name).toList()));
    }
    ServiceSummary chosen = pick(hits, apiVersion);
    List<EventSchema> events = new ArrayList<>();
    events.add(schema(chosen, hits.get(chosen)));
    for (Map.Entry<ServiceSummary, String> e : sameName) {
      if (e.getKey() == chosen) {
        events.add(schema(e.getKey(), e.getValue()));
      }
    }
    if (apiVersion == null
        || !chosen.metadata().apiVersion().equals(normaliseVersion(apiVersion))) {
      hits.forEach(
          (s, op) -> {
            if (s != chosen) {
              events.add(schema(s, op));
            }
          });
    }
    return Resolution.of(events);
  }

  /** Whether {@code op} logs {@code eventName} as its shown name too (not only as a guess). */
  private boolean sharesName(ServiceSummary service, String op, String eventName) {
    return schema(service, op).eventName().equals(eventName);
  }

  private EventSchema schema(ServiceSummary service, String operation) {
    EventSchemas s =
        schemas.computeIfAbsent(service.name(), n -> new EventSchemas(catalog.load(n, false)));
    Operation op = s.service().operation(operation).orElseThrow();
    return s.of(op);
  }

  private static ServiceSummary pick(Map<ServiceSummary, String> hits, String apiVersion) {
    if (apiVersion != null && !apiVersion.isEmpty()) {
      String wanted = normaliseVersion(apiVersion);
      for (ServiceSummary s : hits.keySet()) {
        if (s.metadata().apiVersion().equals(wanted)) {
          return s;
        }
      }
    }
    return hits.keySet().iterator().next();
  }

  /** {@code 2015_12_01} and {@code 20151201} → {@code 2015-12-01}. */
  static String normaliseVersion(String v) {
    String s = v.replace('_', '-');
    if (s.matches("\\d{8}")) {
      s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6);
    }
    return s;
  }
}
