package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.LoadProgress;

/**
 * The progress of a first parse of a model set, on one line of stderr (a terminal only), erased
 * when done: about 400 botocore files, a few seconds.
 */
final class ParseProgress implements LoadProgress, AutoCloseable {
  private static final long EVERY_NANOS = 100_000_000L;

  private final CliContext ctx;
  private long last;
  private boolean shown;

  private ParseProgress(CliContext ctx) {
    this.ctx = ctx;
  }

  /** A progress line when stderr is a terminal, else null. */
  static ParseProgress on(CliContext ctx) {
    return ctx.stderrTerminal() ? new ParseProgress(ctx) : null;
  }

  @Override
  public synchronized void parsed(int done, int total) {
    if (done == total) {
      close(); // a later re-read (a changed file met mid-run) shows and clears its own line
      return;
    }
    long now = System.nanoTime();
    if (done != 0 && now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    shown = true;
    ctx.err()
        .print(
            "\rcloudtrail-schema: reading models for the first time (cached for the next runs): "
                + done
                + "/"
                + total
                + " files\u001b[K");
    ctx.err().flush();
  }

  @Override
  public synchronized void close() {
    if (shown) {
      ctx.err().print("\r\u001b[K");
      ctx.err().flush();
      shown = false;
    }
  }
}
