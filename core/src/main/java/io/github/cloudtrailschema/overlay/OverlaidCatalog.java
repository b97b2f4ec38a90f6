package io.github.cloudtrailschema.overlay;

import io.github.cloudtrailschema.loading.CatalogInfo;
import io.github.cloudtrailschema.loading.LoadProblem;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.Protocol;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.trail.ServiceLocator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalogue with an overlay merged in. Each learned event goes to the service whose model has it
 * (found as {@code check} finds a record's event: by its source, then by the names its service
 * logs), and its learned fields ride on that service's model ({@link ServiceModel#learned}) for
 * the walk to put beside the model's fields. An event no model has becomes an operation without
 * shapes of its own in the service that logs its source; a source no service logs becomes a
 * service of its own, of origin {@link ModelOrigin#LEARNED}. The models themselves are never
 * changed: with the overlay gone, everything is as before.
 */
public final class OverlaidCatalog implements ModelCatalog {
  private final ModelCatalog base;
  private final Overlay overlay;
  private final Map<String, List<LearnedEvent>> bySource = new LinkedHashMap<>();
  private final Map<String, ServiceModel> loaded = new ConcurrentHashMap<>();
  private volatile Map<String, List<ServiceSummary>> baseBySource;
  private volatile Map<String, String> learnedServices; // name -> event source
  private volatile List<ServiceSummary> services;

  private OverlaidCatalog(ModelCatalog base, Overlay overlay) {
    this.base = base;
    this.overlay = overlay;
    for (LearnedEvent e : overlay.events()) {
      bySource.computeIfAbsent(e.eventSource(), k -> new ArrayList<>()).add(e);
    }
  }

  /** {@code base} with the overlay merged in; {@code base} itself when there is none. */
  public static ModelCatalog of(ModelCatalog base, Optional<Overlay> overlay) {
    return overlay.isEmpty() || overlay.get().events().isEmpty()
        ? base
        : new OverlaidCatalog(base, overlay.get());
  }

  public Overlay overlay() {
    return overlay;
  }

  /** The overlay's events, each marked as a model having it or not ({@code models} counts them). */
  public List<LearnedEvent> resolved() {
    List<LearnedEvent> out = new ArrayList<>();
    for (LearnedEvent e : overlay.events()) {
      out.add(e.withModelled(owner(e).modelled()));
    }
    return out;
  }

  @Override
  public CatalogInfo info() {
    return base.info();
  }

  @Override
  public String identity() {
    return base.identity() + " | overlay " + overlay.digest();
  }

  @Override
  public List<LoadProblem> skipped() {
    return base.skipped();
  }

  @Override
  public Optional<ServiceModel> envelope() {
    return base.envelope();
  }

  @Override
  public List<ServiceSummary> services() {
    List<ServiceSummary> s = services;
    if (s == null) {
      List<ServiceSummary> all = new ArrayList<>(base.services());
      learnedServices().forEach(
          (name, source) ->
              all.add(new ServiceSummary(learnedMetadata(name, source), bySource.get(source).size())));
      all.sort(Comparator.comparing(ServiceSummary::name));
      s = List.copyOf(all);
      services = s;
    }
    return s;
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    String key = name + (withDocs ? "+docs" : "");
    ServiceModel m = loaded.get(key);
    if (m == null) {
      String source = learnedServices().get(name);
      m = source != null ? learnedService(name, source) : attach(base.load(name, withDocs));
      loaded.putIfAbsent(key, m);
    }
    return m;
  }

  /**
   * The model with what was learned of its events; the model itself when nothing was. Where several
   * services log one source and have the event (DocumentDB and Neptune beside RDS), each gets what
   * was learned of it: {@code check} matches a record against all of them and keeps the best, so
   * all must know.
   */
  private ServiceModel attach(ServiceModel m) {
    Map<String, Operation> added = new TreeMap<>();
    Map<String, LearnedEvent> learned = new HashMap<>();
    for (String source : EventSourceResolver.eventSources(m.metadata())) {
      for (LearnedEvent e : bySource.getOrDefault(source, List.of())) {
        String op = operationOf(m, e);
        if (op != null) {
          learned.merge(op, e.withModelled(true), OverlaidCatalog::both);
          continue;
        }
        Owner o = owner(e);
        if (!o.modelled() && o.service().equals(m.name())) {
          added.put(o.operation(), learnedOperation(e));
          learned.merge(o.operation(), e.withModelled(false), OverlaidCatalog::both);
        }
      }
    }
    return learned.isEmpty() ? m : m.withLearned(added, learned);
  }

  /** Two events learned of one operation (logged under two sources) as one. */
  private static LearnedEvent both(LearnedEvent a, LearnedEvent b) {
    return Overlay.merge(List.of(a), List.of(b)).get(0).withModelled(a.modelled());
  }

  /** The operation of {@code m} that logs the event, as {@code check} finds it; else null. */
  private static String operationOf(ServiceModel m, LearnedEvent e) {
    for (String op : EventNames.operationCandidates(m.metadata(), e.eventName())) {
      if (m.operations().containsKey(op)) {
        return op;
      }
    }
    return null;
  }

  private record Owner(String service, String operation, boolean modelled) {}

  /**
   * The service and operation of a learned event: the first service logging its source whose model
   * has it, as {@code check} resolves a record; else a new operation of the service the source
   * belongs to first.
   */
  private Owner owner(LearnedEvent e) {
    List<ServiceSummary> candidates = baseBySource().getOrDefault(e.eventSource(), List.of());
    for (ServiceSummary c : candidates) {
      String op = operationOf(base.load(c.name(), false), e);
      if (op != null) {
        return new Owner(c.name(), op, true);
      }
    }
    return candidates.isEmpty()
        ? new Owner("", e.eventName(), false)
        : new Owner(candidates.get(0).name(), e.eventName(), false);
  }

  /** Base services by every source they log under, those whose primary source it is first. */
  private Map<String, List<ServiceSummary>> baseBySource() {
    Map<String, List<ServiceSummary>> m = baseBySource;
    if (m == null) {
      Map<String, List<ServiceSummary>> index = new HashMap<>();
      for (ServiceSummary s : base.services()) {
        for (String source : EventSourceResolver.eventSources(s.metadata())) {
          if (bySource.containsKey(source)) {
            index.computeIfAbsent(source, k -> new ArrayList<>()).add(s);
          }
        }
      }
      // As check's EventIndex orders them: rds before docdb and neptune, which share its source.
      index.forEach(
          (source, list) ->
              list.sort(
                  Comparator.comparing(
                          (ServiceSummary s) ->
                              !EventSourceResolver.eventSource(s.metadata()).equals(source))
                      .thenComparing(s -> !namedAfter(s, source))));
      m = index;
      baseBySource = m;
    }
    return m;
  }

  private static boolean namedAfter(ServiceSummary s, String source) {
    String bare = String.valueOf(EventSourceResolver.stripSuffix(source));
    return s.name().equals(bare)
        || ServiceLocator.normalise(s.metadata().serviceId()).equals(ServiceLocator.normalise(bare));
  }

  /** The sources no service logs, each as a service of its own: name → source. */
  private Map<String, String> learnedServices() {
    Map<String, String> m = learnedServices;
    if (m == null) {
      Set<String> names = new HashSet<>();
      base.services().forEach(s -> names.add(s.name()));
      Map<String, String> out = new TreeMap<>();
      for (String source : bySource.keySet()) {
        if (baseBySource().containsKey(source)) {
          continue;
        }
        String host = EventSourceResolver.stripSuffix(source);
        String name = host == null ? source : host;
        while (names.contains(name) || out.containsKey(name)) {
          name = name + "-learned";
        }
        out.put(name, source);
      }
      m = out;
      learnedServices = m;
    }
    return m;
  }

  private static ServiceMetadata learnedMetadata(String name, String source) {
    String host = EventSourceResolver.stripSuffix(source);
    String prefix = host == null ? source : host;
    return new ServiceMetadata(
        name,
        "",
        prefix,
        prefix,
        prefix,
        "seen in your logs: " + source + " (no model has this event source)",
        Optional.empty(),
        Protocol.CLOUDTRAIL,
        Optional.empty(),
        Optional.empty(),
        Optional.of(source),
        ModelOrigin.LEARNED);
  }

  private ServiceModel learnedService(String name, String source) {
    Map<String, Operation> ops = new TreeMap<>();
    Map<String, LearnedEvent> learned = new HashMap<>();
    for (LearnedEvent e : bySource.get(source)) {
      ops.put(e.eventName(), learnedOperation(e));
      learned.put(e.eventName(), e.withModelled(false));
    }
    return new ServiceModel(
            learnedMetadata(name, source),
            "Events of " + source + " seen in your logs; no model has this event source.",
            ops,
            Map.of())
        .withLearned(Map.of(), learned);
  }

  private static Operation learnedOperation(LearnedEvent e) {
    return Operation.apiCall(
        e.eventName(),
        Optional.empty(),
        Optional.empty(),
        "No model has this event: " + e.note() + ".",
        "",
        "",
        false,
        Optional.empty());
  }
}
