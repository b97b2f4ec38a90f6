package io.github.cloudtrailschema.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve}: the JDK's HTTP server, answering GET and HEAD only. Routes: {@code /api/services},
 * {@code /api/service/NAME}, {@code /api/event/SOURCE/NAME}, {@code /api/search?q=}, the page's
 * fixed {@link SiteAssets}, and the page itself for its deep links ({@code /service/iam}, {@code
 * /event/iam.amazonaws.com/CreatePolicy}). Every answer carries a strict Content-Security-Policy
 * and {@code nosniff}; requests with a body, long URIs and clients over their rate are refused.
 */
public final class ExplorerServer implements AutoCloseable {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
  private static final int MAX_URI = 2048;
  private static final int SEARCH_LIMIT = 50;

  private final HttpServer http;
  private final ExecutorService pool;
  private final ExplorerData data;
  private final SiteAssets assets;
  private final byte[] index;
  private final RateLimiter limiter;

  private ExplorerServer(HttpServer http, ExplorerData data, RateLimiter limiter) {
    this.http = http;
    this.data = data;
    this.assets = SiteAssets.load();
    this.index = assets.indexAtRoot();
    this.limiter = limiter;
    this.pool =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "serve");
              t.setDaemon(true);
              return t;
            });
  }

  /** Binds {@code address} (port 0: any free port) and starts answering. */
  public static ExplorerServer start(ExplorerData data, InetSocketAddress address)
      throws IOException {
    return start(data, address, new RateLimiter(400, 200));
  }

  static ExplorerServer start(ExplorerData data, InetSocketAddress address, RateLimiter limiter)
      throws IOException {
    // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
    // the body then waits for the client's delayed ACK of the headers: 40 ms on every request on
    // Linux. This documented switch of the JDK's server (read once, when its first instance is
    // made) turns TCP_NODELAY on; a user's own setting wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer http = HttpServer.create(address, 64);
    ExplorerServer s = new ExplorerServer(http, data, limiter);
    http.setExecutor(s.pool);
    http.createContext("/", s::handle);
    http.start();
    return s;
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      Headers h = x.getResponseHeaders();
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("X-Frame-Options", "DENY");
      h.set("Cache-Control", "no-cache");
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        h.set("Allow", "GET, HEAD");
        text(x, 405, "only GET and HEAD: this server has nothing to write to");
      } else if (hasBody(x)) {
        text(x, 413, "requests carry no body here");
      } else if (x.getRequestURI().getRawPath().length()
              + String.valueOf(x.getRequestURI().getRawQuery()).length()
          > MAX_URI) {
        text(x, 414, "URI too long");
      } else if (!limiter.allow(x.getRemoteAddress().getAddress(), System.nanoTime())) {
        h.set("Retry-After", "1");
        text(x, 429, "too many requests");
      } else {
        route(x);
      }
    } catch (IllegalArgumentException e) {
      text(x, 400, "bad request"); // a malformed %-escape in the query
    } catch (RuntimeException | StackOverflowError e) {
      // One bad event must not take the server down; the page shows the status.
      text(x, 500, "internal error");
    } finally {
      x.close();
    }
  }

  private static boolean hasBody(HttpExchange x) {
    String length = x.getRequestHeaders().getFirst("Content-Length");
    return (length != null && !length.trim().equals("0"))
        || x.getRequestHeaders().containsKey("Transfer-Encoding");
  }

  private void route(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String[] seg = path.substring(1).split("/", -1);
    for (String s : seg) {
      if (s.equals("..") || s.equals(".") || s.indexOf('\\') >= 0 || s.indexOf('\0') >= 0) {
        text(x, 400, "bad path");
        return;
      }
    }
    Optional<byte[]> body = Optional.empty();
    String type = "application/json; charset=utf-8";
    if (path.equals("/api/services")) {
      body = Optional.of(data.services());
      // A page has loaded: gather the search entries now, while its reader reads, rather than at
      // start, where the work would compete with the first page for two cores.
      data.startSearch();
    } else if (seg.length == 3 && seg[0].equals("api") && seg[1].equals("service")) {
      body = data.service(seg[2]);
    } else if (seg.length == 4 && seg[0].equals("api") && seg[1].equals("event")) {
      body = data.event(seg[2], seg[3]);
    } else if (path.equals("/api/search")) {
      body = Optional.of(data.search(query(x, "q"), SEARCH_LIMIT));
    } else if (path.equals("/") || seg[0].equals("service") || seg[0].equals("event")) {
      body = Optional.of(index);
      type = SiteAssets.contentType("index.html");
    } else if (seg[0].equals("assets")) {
      body = assets.get(path.substring(1));
      type = SiteAssets.contentType(path);
    }
    if (body.isEmpty()) {
      text(x, 404, "not found");
      return;
    }
    send(x, 200, type, body.get());
  }

  /** A query parameter, decoded; empty when absent. */
  static String query(HttpExchange x, String name) {
    String raw = x.getRequestURI().getRawQuery();
    if (raw == null) {
      return "";
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static void text(HttpExchange x, int status, String message) throws IOException {
    send(x, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    if (x.getRequestMethod().equals("HEAD")) {
      x.sendResponseHeaders(status, -1);
      return;
    }
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }
}
