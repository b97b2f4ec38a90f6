package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.search.SearchIndex;
import io.github.cloudtrailschema.serve.Catalogue;
import io.github.cloudtrailschema.serve.ExplorerData;
import io.github.cloudtrailschema.serve.ExplorerServer;
import io.github.cloudtrailschema.serve.RankedSearch;
import io.github.cloudtrailschema.serve.SubstringSearch;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail-schema serve}: the web explorer on 127.0.0.1 until Ctrl-C. Another address only
 * with {@code --bind}, and a warning when that address is reachable from other machines.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Browse every event in a web page: services, events, trees, every format, search.",
      "",
      "  serve                      http://127.0.0.1:8080/ until Ctrl-C",
      "  serve --port 9000 --open   another port, and open the page in a browser",
      "  export --format site --out DIR   the same explorer as static files",
      ""
    })
final class ServeCommand implements Callable<Integer> {
  static final String LOOPBACK = "127.0.0.1";

  private final CliContext ctx;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description =
          "Listen on ADDR instead of 127.0.0.1 (0.0.0.0: every interface; warns: the explorer"
              + " then answers other machines).")
  String bind;

  @Option(names = "--open", description = "Open the page in the desktop's browser.")
  boolean open;

  @Spec CommandSpec spec;

  ServeCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new UserError("--port: expected 0 to 65535, got " + port);
    }
    InetAddress address = address(bind);
    if (!address.isLoopbackAddress()) {
      ctx.err()
          .println(
              "cloudtrail-schema: warning: serving on "
                  + address.getHostAddress()
                  + ", reachable from other machines; read-only, but anyone who can reach it can"
                  + " browse it");
    }
    // The search command's ranked index, of the models in use.
    ModelCatalog catalog = GlobalOptions.of(spec).catalog(ctx);
    SearchIndex index = SearchIndexes.open(catalog, ctx);
    ExplorerData data =
        new ExplorerData(
            new Catalogue(catalog),
            entries -> new RankedSearch(index, new SubstringSearch(entries)));
    ExplorerServer server;
    try {
      server = ExplorerServer.start(data, new InetSocketAddress(address, port));
    } catch (IOException e) {
      throw new UserError(
          "cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage(),
          ExitCodes.IO);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> stop(server, stopped), "serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    ctx.out().println("Serving the CloudTrail event explorer at " + server.uri() + " (Ctrl-C stops)");
    ctx.out().flush();
    if (open) {
      Browser.open(server.uri(), ctx);
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // In-process callers (tests) stop the server by interrupting this thread.
      Runtime.getRuntime().removeShutdownHook(hook);
      stop(server, stopped);
    }
    return ExitCodes.OK;
  }

  private static void stop(ExplorerServer server, CountDownLatch stopped) {
    server.close();
    stopped.countDown();
  }

  /** The address to listen on: loopback unless {@code --bind} names another. */
  static InetAddress address(String bind) {
    try {
      return InetAddress.getByName(bind == null ? LOOPBACK : bind);
    } catch (UnknownHostException e) {
      throw new UserError("--bind: unknown address '" + bind + "'");
    }
  }

  /** {@code --open}: the platform's opener; a failure is a note, the server runs on. */
  static final class Browser {
    private Browser() {}

    static void open(java.net.URI uri, CliContext ctx) {
      String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
      String opener = os.contains("mac") ? "open" : os.contains("win") ? "explorer" : "xdg-open";
      try {
        new ProcessBuilder(opener, uri.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
      } catch (IOException e) {
        ctx.err().println("cloudtrail-schema: note: could not open a browser (" + opener + ")");
      }
    }
  }
}
