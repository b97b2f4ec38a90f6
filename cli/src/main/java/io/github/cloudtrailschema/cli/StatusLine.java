package io.github.cloudtrailschema.cli;

/**
 * One line of progress on stderr when it is a terminal: redrawn in place at most ten times a second
 * (a redraw per file would cost more than the work on fast input), and erased when done, so that
 * nothing of it stays above the answer.
 */
final class StatusLine implements AutoCloseable {
  private static final long EVERY_NANOS = 100_000_000L;

  private final CliContext ctx;
  private long last;
  private boolean shown;

  private StatusLine(CliContext ctx) {
    this.ctx = ctx;
  }

  /** A status line when stderr is a terminal, else null: a log file gets no progress. */
  static StatusLine on(CliContext ctx) {
    return ctx.stderrTerminal() ? new StatusLine(ctx) : null;
  }

  /** Shows {@code text} (after the tool's name), unless shown less than 0.1 s ago and not forced. */
  synchronized void show(String text, boolean force) {
    long now = System.nanoTime();
    if (!force && now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    shown = true;
    ctx.err().print("\rcloudtrail-schema: " + text + "\u001b[K");
    ctx.err().flush();
  }

  /** Erases the line if one was shown; a later {@link #show} draws it again. */
  @Override
  public synchronized void close() {
    if (shown) {
      ctx.err().print("\r\u001b[K");
      ctx.err().flush();
      shown = false;
    }
  }
}
