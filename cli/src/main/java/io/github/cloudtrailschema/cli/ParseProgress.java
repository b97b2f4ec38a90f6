package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.LoadProgress;

/**
 * The progress of a first parse of a model set, on a {@link StatusLine} (a terminal only), erased
 * when done: about 400 botocore files, a few seconds.
 */
final class ParseProgress implements LoadProgress, AutoCloseable {
  private final StatusLine line;

  private ParseProgress(StatusLine line) {
    this.line = line;
  }

  /** A progress line when stderr is a terminal, else null. */
  static ParseProgress on(CliContext ctx) {
    StatusLine line = StatusLine.on(ctx);
    return line == null ? null : new ParseProgress(line);
  }

  @Override
  public void parsed(int done, int total) {
    if (done == total) {
      close(); // a later re-read (a changed file met mid-run) shows and clears its own line
      return;
    }
    line.show(
        "reading models for the first time (cached for the next runs): "
            + done
            + "/"
            + total
            + " files",
        done == 0);
  }

  @Override
  public void close() {
    line.close();
  }
}
