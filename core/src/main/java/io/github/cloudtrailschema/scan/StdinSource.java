package io.github.cloudtrailschema.scan;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.function.Consumer;

/** Standard input ({@code -}): read once, never retried, never closed (the caller owns it). */
public final class StdinSource implements LogSource {
  private final InputStream in;

  public StdinSource(InputStream in) {
    this.in = in;
  }

  @Override
  public String describe() {
    return "-";
  }

  @Override
  public void list(KeyFilter filter, Consumer<LogFile> sink) {
    sink.accept(
        new LogFile(
            "-",
            -1,
            () ->
                new FilterInputStream(in) {
                  @Override
                  public void close() {
                    // stdin belongs to the process
                  }
                },
            false));
  }
}
