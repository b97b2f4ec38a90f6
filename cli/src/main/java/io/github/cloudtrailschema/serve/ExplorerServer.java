package io.github.cloudtrailschema.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code serve}: answers GET and HEAD only, over {@link ExplorerHttp}. Routes: {@code
 * /api/services}, {@code /api/service/NAME}, {@code /api/event/SOURCE/NAME}, {@code /api/search?q=},
 * the page's fixed {@link SiteAssets}, and the page itself for its deep links ({@code
 * /service/iam}, {@code /event/iam.amazonaws.com/CreatePolicy}). Every answer, refusals of
 * malformed requests included, carries a strict Content-Security-Policy and {@code nosniff};
 * requests with a body, long URIs and clients over their rate are refused.
 */
public final class ExplorerServer implements AutoCloseable {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
  private static final int MAX_URI = 2048;
  private static final int SEARCH_LIMIT = 50;
  private static final String TEXT = "text/plain; charset=utf-8";

  private final ExplorerHttp http;
  private final ExplorerData data;
  private final SiteAssets assets;
  private final byte[] index;
  private final RateLimiter limiter;
  private final boolean loopbackOnly;

  private ExplorerServer(
      ExplorerData data,
      InetSocketAddress address,
      RateLimiter limiter,
      ExplorerHttp.Limits limits)
      throws IOException {
    this.data = data;
    this.assets = SiteAssets.load();
    this.index = assets.indexAtRoot();
    this.limiter = limiter;
    this.loopbackOnly = address.getAddress() != null && address.getAddress().isLoopbackAddress();
    this.http = ExplorerHttp.start(address, this::answer, ExplorerServer::refusal, limits);
  }

  /** Binds {@code address} (port 0: any free port) and starts answering. */
  public static ExplorerServer start(ExplorerData data, InetSocketAddress address)
      throws IOException {
    return start(data, address, new RateLimiter(400, 200));
  }

  static ExplorerServer start(ExplorerData data, InetSocketAddress address, RateLimiter limiter)
      throws IOException {
    return start(data, address, limiter, ExplorerHttp.Limits.DEFAULT);
  }

  static ExplorerServer start(
      ExplorerData data,
      InetSocketAddress address,
      RateLimiter limiter,
      ExplorerHttp.Limits limits)
      throws IOException {
    return new ExplorerServer(data, address, limiter, limits);
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    InetSocketAddress a;
    try {
      a = http.address();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String host = a.getAddress().getHostAddress();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  @Override
  public void close() {
    http.close();
  }

  /** The header fields every answer carries. */
  private static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    h.put("Cache-Control", "no-cache");
    return h;
  }

  /** What the server answers on its own (a head it cannot read, a timeout, no worker free). */
  static ExplorerHttp.Answer refusal(int status) {
    String why =
        switch (status) {
          case 408 -> "the request took too long to arrive";
          case 431 -> "request header fields too large";
          case 503 -> "busy: try again";
          default -> "bad request";
        };
    return text(status, why, securityHeaders());
  }

  private ExplorerHttp.Answer answer(HttpHead x) {
    Map<String, String> h = securityHeaders();
    try {
      String method = x.method();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        h.put("Allow", "GET, HEAD");
        return text(405, "only GET and HEAD: this server has nothing to write to", h);
      } else if (hasBody(x)) {
        return text(413, "requests carry no body here", h);
      } else if (x.uri().getRawPath().length() + String.valueOf(x.uri().getRawQuery()).length()
          > MAX_URI) {
        return text(414, "URI too long", h);
      } else if (loopbackOnly && !loopbackHost(x.header("Host").orElse(null))) {
        // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 reaches this
        // server from the user's browser, naming its own host; bound to loopback, only a loopback
        // name is ours.
        return text(421, "this server answers for 127.0.0.1 and localhost only", h);
      } else if (!limiter.allow(x.client(), System.nanoTime())) {
        h.put("Retry-After", "1");
        return text(429, "too many requests", h);
      }
      return route(x, h);
    } catch (IllegalArgumentException e) {
      return text(400, "bad request", h); // a malformed %-escape in the query
    } catch (RuntimeException | StackOverflowError e) {
      // One bad event must not take the server down; the page shows the status.
      return text(500, "internal error", h);
    }
  }

  /** Whether a Host field names the loopback (any port); no Host at all (HTTP/1.0) passes. */
  static boolean loopbackHost(String host) {
    if (host == null) {
      return true;
    }
    String h = host.trim().toLowerCase(java.util.Locale.ROOT);
    String name;
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      name = end < 0 ? h : h.substring(1, end);
    } else {
      int colon = h.lastIndexOf(':');
      name = colon < 0 ? h : h.substring(0, colon);
    }
    return name.equals("localhost")
        || name.equals("::1")
        || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static boolean hasBody(HttpHead x) {
    String length = x.header("Content-Length").orElse(null);
    return (length != null && !length.trim().equals("0"))
        || x.header("Transfer-Encoding").isPresent();
  }

  private ExplorerHttp.Answer route(HttpHead x, Map<String, String> h) {
    String path = x.uri().getPath();
    String[] seg = path.substring(1).split("/", -1);
    for (String s : seg) {
      if (s.equals("..") || s.equals(".") || s.indexOf('\\') >= 0 || s.indexOf('\0') >= 0) {
        return text(400, "bad path", h);
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
      body = Optional.of(data.search(query(x.uri(), "q"), SEARCH_LIMIT));
    } else if (path.equals("/") || seg[0].equals("service") || seg[0].equals("event")) {
      body = Optional.of(index);
      type = SiteAssets.contentType("index.html");
    } else if (seg[0].equals("assets")) {
      body = assets.get(path.substring(1));
      type = SiteAssets.contentType(path);
    }
    if (body.isEmpty()) {
      return text(404, "not found", h);
    }
    return new ExplorerHttp.Answer(200, type, body.get(), h);
  }

  /** A query parameter, decoded; empty when absent. */
  static String query(URI uri, String name) {
    String raw = uri.getRawQuery();
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

  private static ExplorerHttp.Answer text(int status, String message, Map<String, String> h) {
    return new ExplorerHttp.Answer(
        status, TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8), h);
  }
}
