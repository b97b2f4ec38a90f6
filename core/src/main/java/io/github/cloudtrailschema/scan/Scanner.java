package io.github.cloudtrailschema.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scans log sources into a {@link ScanResult}. One thread lists while {@code threads} workers read:
 * listing and reading overlap, the queue between them is bounded (memory stays flat however many
 * files there are), and each worker keeps its own {@link Inventory}, merged once at the end.
 */
public final class Scanner {
  private static final LogFile END = new LogFile("", 0, () -> null, false);

  private final ScanOptions options;
  private final ScanProgress progress;

  public Scanner(ScanOptions options, ScanProgress progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Scans every source; throws {@link ScanException} when a source cannot be listed at all. */
  public ScanResult scan(List<LogSource> sources) {
    BlockingQueue<LogFile> queue = new ArrayBlockingQueue<>(options.threads() * 16);
    AtomicReference<RuntimeException> listingFailure = new AtomicReference<>();
    ConcurrentLinkedQueue<FileReport> reports = new ConcurrentLinkedQueue<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads() + 1,
            r -> {
              Thread t = new Thread(r, "scan");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Inventory>> workers = new ArrayList<>();
      for (int i = 0; i < options.threads(); i++) {
        workers.add(pool.submit(() -> work(queue, reports)));
      }
      pool.submit(() -> list(sources, queue, listingFailure));
      Inventory total = new Inventory(options.filter(), options.withPaths());
      for (Future<Inventory> w : workers) {
        total.merge(Futures.get(w));
      }
      if (listingFailure.get() != null) {
        throw listingFailure.get();
      }
      return result(total, reports);
    } finally {
      pool.shutdownNow();
    }
  }

  private void list(
      List<LogSource> sources,
      BlockingQueue<LogFile> queue,
      AtomicReference<RuntimeException> failure) {
    try {
      for (LogSource s : sources) {
        s.list(
            options.filter(),
            f -> {
              progress.filesListed.increment();
              progress.bytesListed.add(Math.max(0, f.size()));
              Futures.put(queue, f);
            });
      }
    } catch (ScanException e) {
      failure.set(e);
    } catch (java.io.IOException | RuntimeException e) {
      failure.set(ScanException.io("listing failed: " + RecordReader.oneLine(e), e));
    } finally {
      progress.listingDone = true;
      for (int i = 0; i < options.threads(); i++) {
        Futures.put(queue, END);
      }
    }
  }

  private Inventory work(BlockingQueue<LogFile> queue, ConcurrentLinkedQueue<FileReport> reports)
      throws InterruptedException {
    Inventory mine = new Inventory(options.filter(), options.withPaths());
    FileReader reader = new FileReader();
    for (LogFile f = queue.take(); f != END; f = queue.take()) {
      FileReport report = reader.read(f, mine);
      if (!report.ok() || report.skippedRecords() > 0) {
        reports.add(report);
      }
      progress.filesDone.increment();
    }
    return mine;
  }

  private ScanResult result(Inventory total, ConcurrentLinkedQueue<FileReport> reports) {
    long files = 0;
    long records = 0;
    long skippedFiles = 0;
    long skippedRecords = 0;
    List<FileReport> problems = new ArrayList<>(reports);
    problems.sort(Comparator.comparing(FileReport::path));
    for (FileReport r : problems) {
      if (!r.ok()) {
        skippedFiles++;
      }
      skippedRecords += r.skippedRecords();
    }
    List<EventReport> events = total.reports(options.explainer());
    for (EventReport e : events) {
      records += e.count();
    }
    files = progress.filesDone() - skippedFiles;
    return new ScanResult(
        files, records, skippedFiles, skippedRecords, total.filtered(), events, problems);
  }

  /**
   * One worker's reader: a file goes into a fresh inventory, merged once its last attempt is over
   * (the records read before a fault count, as {@link RecordReader} counts them; an attempt that
   * is retried counts nothing).
   */
  private final class FileReader {
    private final RecordReader reader = new RecordReader();
    private Inventory current;
    private final SummaryDecoder decoder =
        new SummaryDecoder(r -> current.add(r), options.withPaths());

    FileReport read(LogFile file, Inventory into) {
      LogFile counted =
          new LogFile(
              file.path(),
              file.size(),
              () -> progress.counting(file.opener().open()),
              file.retryable());
      FileReport report = null;
      for (int attempt = 1; attempt <= options.attempts(); attempt++) {
        current = new Inventory(options.filter(), options.withPaths());
        report = reader.read(counted, decoder);
        boolean retry = !report.ok() && file.retryable() && report.problem().kind().retryable();
        if (!retry) {
          break;
        }
        if (attempt == options.attempts()) {
          report =
              new FileReport(
                  report.path(),
                  report.records(),
                  report.skippedRecords(),
                  new Problem(
                      report.problem().kind(),
                      report.problem().message() + " (" + attempt + " attempts)"),
                  report.firstSkip());
          break;
        }
        Futures.sleep(options.backoff().multipliedBy(1L << (attempt - 1)));
      }
      into.merge(current);
      progress.records.add(report.records());
      return report;
    }
  }

  /** Checked-exception plumbing kept out of the main flow. */
  private static final class Futures {
    static <T> T get(Future<T> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable c = e.getCause();
        throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
      }
    }

    static void put(BlockingQueue<LogFile> q, LogFile f) {
      try {
        while (!q.offer(f, 1, TimeUnit.SECONDS)) {
          // workers drain the queue until they have seen END; waiting here is back-pressure
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    static void sleep(java.time.Duration d) {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
