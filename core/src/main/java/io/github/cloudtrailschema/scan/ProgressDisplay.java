package io.github.cloudtrailschema.scan;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Redraws one status line on a terminal (files, records, MB/s, ETA) until closed. Only started when
 * stderr is a terminal: in a pipe or a log it would be noise.
 */
public final class ProgressDisplay implements AutoCloseable {
  private final ScanProgress progress;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "scan-progress");
            t.setDaemon(true);
            return t;
          });

  public ProgressDisplay(ScanProgress progress, PrintWriter err) {
    this.progress = progress;
    this.err = err;
    timer.scheduleAtFixedRate(this::draw, 500, 500, TimeUnit.MILLISECONDS);
  }

  private void draw() {
    synchronized (err) {
      err.print("\r\033[K" + line((System.nanoTime() - start) / 1e9));
      err.flush();
    }
  }

  String line(double seconds) {
    long read = progress.bytesRead();
    double rate = seconds > 0 ? read / seconds : 0;
    long total = progress.bytesTotal();
    String files =
        progress.filesDone() + "/" + progress.filesListed() + (progress.listingDone ? "" : "+");
    String eta =
        total > 0 && rate > 0
            ? String.format(Locale.ROOT, "  ETA %ds", Math.max(0, (long) ((total - read) / rate)))
            : "";
    return String.format(
        Locale.ROOT,
        "scan: %s files  %,d records  %.1f MB/s%s",
        files,
        progress.records(),
        rate / 1e6,
        eta);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    synchronized (err) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
