package io.github.cloudtrailschema.serve;

import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JSON documents the server answers with, built on demand and cached: the service list, each
 * service's events, recently asked events (bounded), and the search over every event, whose
 * entries are gathered once in the background.
 */
public final class ExplorerData {
  private static final int EVENT_CACHE = 256;

  private final Catalogue catalogue;
  private final byte[] services;
  private final Map<String, byte[]> serviceJson = new ConcurrentHashMap<>();
  private final Map<String, byte[]> eventJson =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
              return size() > EVENT_CACHE;
            }
          });
  private final ThreadLocal<EventJson> renderers;
  private final Function<List<EventEntry>, EventSearch> searchFactory;
  private volatile CompletableFuture<EventSearch> search;

  public ExplorerData(Catalogue catalogue, Function<List<EventEntry>, EventSearch> searchFactory) {
    this.catalogue = catalogue;
    this.searchFactory = searchFactory;
    this.services =
        CatalogueJson.services("server", catalogue.models().info().source(), catalogue.services());
    this.renderers = ThreadLocal.withInitial(() -> new EventJson(catalogue.models()));
  }

  public byte[] services() {
    return services;
  }

  public Optional<byte[]> service(String name) {
    byte[] cached = serviceJson.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    return catalogue
        .service(name)
        .map(s -> serviceJson.computeIfAbsent(name, n -> CatalogueJson.service(s, Catalogue.events(s))));
  }

  public Optional<byte[]> event(String eventSource, String eventName) {
    String key = eventSource + "/" + eventName;
    byte[] cached = eventJson.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<byte[]> json = catalogue.event(eventSource, eventName).map(renderers.get()::render);
    json.ifPresent(j -> eventJson.put(key, j));
    return json;
  }

  /** Starts gathering every event for search, off the request threads. */
  public synchronized CompletableFuture<EventSearch> startSearch() {
    if (search == null) {
      search = CompletableFuture.supplyAsync(() -> searchFactory.apply(allEvents(catalogue)));
    }
    return search;
  }

  public byte[] search(String query, int limit) {
    EventSearch s = startSearch().join();
    return CatalogueJson.hits(query, s.search(query, limit));
  }

  /** Every event of every service, in catalogue and model order. */
  public static List<EventEntry> allEvents(Catalogue catalogue) {
    List<EventEntry> all = new ArrayList<>();
    for (ServiceSummary s : catalogue.services()) {
      ServiceModel model = catalogue.models().load(s.name(), true);
      all.addAll(Catalogue.events(model));
    }
    return all;
  }
}
