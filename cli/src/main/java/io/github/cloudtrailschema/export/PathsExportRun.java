package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.format.paths.PathsExport;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code export --format paths}: services loaded and walked on every core, written in catalogue
 * order, so the output is the same as a sequential run's. The whole catalogue is the common case
 * and takes seconds on one core.
 */
public final class PathsExportRun {
  /** One service's lines and the events that failed. */
  private record Result(List<String> lines, List<String> failures) {}

  private PathsExportRun() {}

  /**
   * Writes every service's lines to {@code out}, failures to {@code err} (with a progress line when
   * {@code progress}); returns the number of failed events.
   */
  public static int run(
      ModelCatalog catalog,
      List<ServiceSummary> services,
      PrintWriter out,
      PrintWriter err,
      boolean progress,
      boolean allSpellings) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "export");
              t.setDaemon(true);
              return t;
            });
    try {
      // A bounded window of services in flight: written in catalogue order as they finish, so
      // memory holds a few services' lines rather than the whole catalogue's.
      int window = threads * 4;
      List<Future<Result>> results = new ArrayList<>();
      int submitted = 0;
      int failed = 0;
      for (int i = 0; i < services.size(); i++) {
        while (submitted < services.size() && submitted < i + window) {
          results.add(pool.submit(task(catalog, services.get(submitted++), allSpellings)));
        }
        if (progress) {
          err.print("\r\u001b[Kexport: " + (i + 1) + "/" + services.size() + " services");
          err.flush();
        }
        Result r = get(results.get(i));
        results.set(i, null);
        for (String chunk : r.lines()) {
          out.write(chunk);
        }
        for (String f : r.failures()) {
          err.println("cloudtrail-schema: export: " + TerminalText.oneLine(f));
          failed++;
        }
      }
      out.flush();
      return failed;
    } finally {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.Callable<Result> task(
      ModelCatalog catalog, ServiceSummary s, boolean allSpellings) {
    return () -> {
      List<String> failures = new ArrayList<>();
      try {
        List<String> lines =
            PathsExport.lines(
                catalog.load(s.name(), false),
                f -> failures.add(s.name() + "." + f),
                allSpellings);
        return new Result(lines, failures);
      } catch (RuntimeException e) {
        failures.add(s.name() + ": " + e.getMessage());
        return new Result(List.of(), failures);
      }
    };
  }

  private static Result get(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("export interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
