package io.github.cloudtrailschema.learn;

import io.github.cloudtrailschema.check.RecordChecker;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.scan.FileReport;
import io.github.cloudtrailschema.scan.KeyFilter;
import io.github.cloudtrailschema.scan.LogFile;
import io.github.cloudtrailschema.scan.LogSource;
import io.github.cloudtrailschema.scan.RecordReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads logs as {@code scan} does (its sources, pruned by its filters, read by its reader, files in
 * parallel) and learns what the models do not explain. The models are those in use without any
 * overlay: what an earlier run learned is counted again, and the two merge by adding up.
 */
public final class LogLearner {
  private final ModelCatalog models;
  private final KeyFilter filter;
  private final int threads;

  /** Hears how many files of how many are read. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void files(int done, int total);
  }

  /**
   * What was read and learned.
   *
   * @param records records read (after the filters)
   * @param filtered records the filters left out
   * @param unnamed records whose eventSource or eventName is not one CloudTrail writes
   * @param problems files skipped or partly read, by path
   * @param learned the events worth keeping, sorted
   */
  public record Result(
      long files,
      long records,
      long filtered,
      long unnamed,
      List<FileReport> problems,
      List<LearnedEvent> learned) {}

  public LogLearner(ModelCatalog models, KeyFilter filter, int threads) {
    this.models = models;
    this.filter = filter;
    this.threads = Math.max(1, threads);
  }

  /**
   * Lists every source, then reads the files on {@code threads} threads.
   *
   * @throws IOException when a source cannot be listed
   */
  public Result learn(List<LogSource> sources, Progress progress) throws IOException {
    List<LogFile> files = new ArrayList<>();
    for (LogSource s : sources) {
      s.list(filter, files::add);
    }
    RecordChecker checker = new RecordChecker(models);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "learn");
              t.setDaemon(true);
              return t;
            });
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<FileReport> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<Learner>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        workers.add(
            pool.submit(
                () -> {
                  Learner mine = new Learner(checker, filter);
                  for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
                    // The reading rule of scan and check: the records a file holds before a
                    // fault count, and are learned from; the fault is reported.
                    Learner file = new Learner(checker, filter);
                    FileReport r = RecordReader.readTrees(files.get(f), file::add);
                    mine.merge(file);
                    if (!r.ok() || r.skippedRecords() > 0) {
                      problems.add(r);
                    }
                    progress.files(done.incrementAndGet(), files.size());
                  }
                  return mine;
                }));
      }
      Learner total = new Learner(checker, filter);
      for (Future<Learner> w : workers) {
        total.merge(get(w));
      }
      List<FileReport> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing(FileReport::path));
      return new Result(
          files.size(), total.records, total.filtered, total.unnamed, sorted, total.learned());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Learner get(Future<Learner> f) {
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
}
