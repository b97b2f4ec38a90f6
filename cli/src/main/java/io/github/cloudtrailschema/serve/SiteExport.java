package io.github.cloudtrailschema.serve;

import io.github.cloudtrailschema.loading.ModelLoadException;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code export --format site --out DIR}: the explorer as static files any static host serves:
 * the page, {@code data/services.json}, {@code data/service/NAME.json}, one {@code
 * data/event/SERVICE/EVENTNAME.json} per event and {@code data/search.json}. The page sees no
 * {@code api/} and reads these instead. Services are written in parallel, one per core.
 */
public final class SiteExport {
  /** Names that are safe as one path segment; catalogue names are, user models might not be. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** What an export did: events written, and events or services that failed. */
  public record Result(int events, int failures) {}

  /** Where the files go: a relative path ({@code data/event/iam/CreatePolicy.json}), its bytes. */
  public interface Files {
    void write(String relative, byte[] bytes);
  }

  private final Catalogue catalogue;
  private final Files files;
  private final Consumer<String> errors;

  /**
   * @param files writes each file; export's {@code OutDir}, which never follows a link out of the
   *     folder (it is thread-safe: services are written in parallel)
   * @param errors receives one line per event or service that failed (and was skipped)
   */
  public SiteExport(Catalogue catalogue, Files files, Consumer<String> errors) {
    this.catalogue = catalogue;
    this.files = files;
    this.errors = errors;
  }

  public Result write(List<ServiceSummary> services) {
    AtomicInteger events = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    List<List<EventEntry>> entries = new ArrayList<>();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Map.Entry<String, byte[]> a : SiteAssets.load().all().entrySet()) {
        write(a.getKey(), a.getValue());
      }
      write(
          "data/services.json",
          CatalogueJson.services("static", catalogue.models().info().source(), services));
      List<Future<List<EventEntry>>> done = new ArrayList<>();
      for (ServiceSummary s : services) {
        done.add(pool.submit(() -> service(s, events, failures)));
      }
      for (Future<List<EventEntry>> f : done) {
        entries.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    List<EventEntry> all = new ArrayList<>();
    entries.forEach(all::addAll);
    write("data/search.json", CatalogueJson.hits(null, all));
    return new Result(events.get(), failures.get());
  }

  private List<EventEntry> service(ServiceSummary s, AtomicInteger events, AtomicInteger failures) {
    if (!SAFE.matcher(s.name()).matches()) {
      errors.accept(s.name() + ": not a safe file name; skipped");
      failures.addAndGet(s.operationCount());
      return List.of();
    }
    ServiceModel model;
    try {
      model = catalogue.models().load(s.name(), true);
    } catch (RuntimeException e) {
      errors.accept(s.name() + ": " + e.getMessage());
      failures.addAndGet(s.operationCount());
      return List.of();
    }
    List<EventEntry> list = Catalogue.events(model);
    write("data/service/" + s.name() + ".json", CatalogueJson.service(model, list));
    EventJson json = new EventJson(catalogue.models());
    EventSchemas schemas = new EventSchemas(model);
    List<EventEntry> written = new ArrayList<>();
    for (EventEntry e : list) {
      try {
        if (!SAFE.matcher(e.eventName()).matches()) {
          throw new IllegalArgumentException("not a safe file name");
        }
        EventSchema event = schemas.of(model.operation(e.operation()).orElseThrow());
        write("data/event/" + s.name() + "/" + e.eventName() + ".json", json.render(event));
        written.add(e);
        events.incrementAndGet();
      } catch (RuntimeException | StackOverflowError x) {
        failures.incrementAndGet();
        errors.accept(
            s.name()
                + "."
                + e.operation()
                + ": "
                + (x instanceof ModelLoadException ? x.getMessage() : String.valueOf(x)));
      }
    }
    return written;
  }

  private void write(String relative, byte[] bytes) {
    files.write(relative, bytes);
  }
}
