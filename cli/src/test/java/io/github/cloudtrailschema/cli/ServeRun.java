package io.github.cloudtrailschema.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cloudtrail-schema serve ARGS} run in-process on a thread, as a test's server: started with
 * {@code --port 0}, its address read from the line it prints, stopped by interrupting the thread
 * (what the shutdown hook does on Ctrl-C).
 */
final class ServeRun implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("http://\\S+/");

  private final StringBuffer out = new StringBuffer();
  private final StringWriter err = new StringWriter();
  private final Thread thread;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  private ServeRun(String... args) {
    Writer sink =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) {
            out.append(c, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    CliContext ctx =
        new CliContext(
            new PrintWriter(sink, true),
            new PrintWriter(err, true),
            InputStream.nullInputStream(),
            io.github.cloudtrailschema.testing.CliResult.EMBEDDED_MODELS,
            false,
            false);
    thread = new Thread(() -> exit.complete(Main.run(ctx, args)), "serve-under-test");
    thread.setDaemon(true);
  }

  /** Starts {@code serve --port 0 ARGS} and waits (up to a minute) for its address. */
  static ServeRun start(String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "serve";
    all[1] = "--port";
    all[2] = "0";
    System.arraycopy(args, 0, all, 3, args.length);
    ServeRun run = new ServeRun(all);
    run.thread.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (run.uri() == null && !run.exit.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return run;
  }

  /** The address it printed, or null before it printed one. */
  URI uri() {
    Matcher m = URL.matcher(out);
    return m.find() ? URI.create(m.group()) : null;
  }

  String stdout() {
    return out.toString();
  }

  String stderr() {
    return err.toString();
  }

  /** Whether the command has returned (it does at once when it cannot start). */
  boolean exited() {
    return exit.isDone();
  }

  /** Stops the server; returns the exit code. */
  int stop() throws Exception {
    if (!exit.isDone()) {
      thread.interrupt();
    }
    return exit.get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    stop();
  }
}
