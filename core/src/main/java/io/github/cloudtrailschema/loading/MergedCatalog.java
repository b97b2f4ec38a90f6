package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * External models over a base catalogue, service by service: a service the overlay has replaces the
 * base's, the base's others stay. An overlay service is matched to a base service by its service id
 * ({@code "Elastic Load Balancing v2"}, the same in every format) or else by name and endpoint
 * prefix, and takes the base's name, so selectors and CloudTrail conventions keyed by name keep
 * applying. Curated non-API event sets are never replaced.
 */
final class MergedCatalog implements ModelCatalog {
  private final ModelCatalog base;
  private final ModelCatalog overlay;

  /** Merged name → the overlay's own name, for the services the overlay provides. */
  private final Map<String, String> fromOverlay = new LinkedHashMap<>();

  private final List<ServiceSummary> services;
  private final CatalogInfo info;
  private final int overridden;
  private final Map<String, ServiceModel> renamed = new ConcurrentHashMap<>();
  private final java.util.Set<String> baseNames = new java.util.HashSet<>();

  MergedCatalog(ModelCatalog base, ModelCatalog overlay) {
    this.base = base;
    this.overlay = overlay;
    Map<String, String> byServiceId = new HashMap<>();
    Map<String, ServiceSummary> byName = new LinkedHashMap<>();
    for (ServiceSummary s : base.services()) {
      baseNames.add(s.name());
      byName.put(s.name(), s);
      if (s.metadata().origin() != ModelOrigin.CURATED) {
        byServiceId.putIfAbsent(ServiceNaming.compact(s.metadata().serviceId()), s.name());
      }
    }
    Map<String, ServiceSummary> merged = new LinkedHashMap<>(byName);
    int replaced = 0;
    for (ServiceSummary s : overlay.services()) {
      String name = mergedName(s, byServiceId, byName);
      if (fromOverlay.containsKey(name)) {
        name = s.name(); // two overlay services matched one base service: keep the second's own
      }
      if (byName.containsKey(name)) {
        replaced++;
      }
      fromOverlay.put(name, s.name());
      merged.put(
          name, new ServiceSummary(ModelRenamer.rename(s.metadata(), name), s.operationCount()));
    }
    List<ServiceSummary> list = new ArrayList<>(merged.values());
    list.sort(Comparator.comparing(ServiceSummary::name));
    this.services = List.copyOf(list);
    this.overridden = replaced;
    CatalogInfo b = base.info();
    CatalogInfo o = overlay.info();
    this.info =
        CatalogInfo.of(
            o.source() + " (" + o.serviceCount() + " services) over " + b.source(),
            b.date(),
            services);
  }

  private static String mergedName(
      ServiceSummary s, Map<String, String> byServiceId, Map<String, ServiceSummary> byName) {
    String byId = byServiceId.get(ServiceNaming.compact(s.metadata().serviceId()));
    if (byId != null) {
      return byId;
    }
    ServiceSummary same = byName.get(s.name());
    if (same == null) {
      return s.name();
    }
    // Renamed service ids ("CloudWatch Events" became "EventBridge") keep name and endpoint.
    if (same.metadata().origin() != ModelOrigin.CURATED
        && same.metadata().endpointPrefix().equals(s.metadata().endpointPrefix())) {
      return s.name();
    }
    // A base service of the same name but another service id: keep both apart.
    return same.metadata().origin() == ModelOrigin.CURATED
        ? s.name() + "-api"
        : ServiceNaming.compact(s.metadata().serviceId());
  }

  /** How many base services the overlay replaced; the rest of its services are new. */
  int overridden() {
    return overridden;
  }

  /** The overlay's services the base did not have, by merged name, sorted. */
  List<String> added() {
    List<String> names = new ArrayList<>();
    for (ServiceSummary s : services) {
      if (fromOverlay.containsKey(s.name()) && !baseNames.contains(s.name())) {
        names.add(s.name());
      }
    }
    return names;
  }

  ModelCatalog base() {
    return base;
  }

  ModelCatalog overlay() {
    return overlay;
  }

  @Override
  public CatalogInfo info() {
    return info;
  }

  @Override
  public String identity() {
    return base.identity() + " | " + overlay.identity();
  }

  @Override
  public List<ServiceSummary> services() {
    return services;
  }

  @Override
  public List<LoadProblem> skipped() {
    return overlay.skipped();
  }

  @Override
  public Optional<ServiceModel> envelope() {
    return base.envelope();
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    String own = fromOverlay.get(name);
    if (own == null) {
      return base.load(name, withDocs);
    }
    if (own.equals(name)) {
      return overlay.load(own, withDocs);
    }
    String key = name + (withDocs ? "+docs" : "");
    return renamed.computeIfAbsent(
        key, k -> ModelRenamer.rename(overlay.load(own, withDocs), name));
  }
}
