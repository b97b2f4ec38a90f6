package io.github.cloudtrailschema.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explorer page's files, read once from the class path. A fixed list: a request names one of
 * these or gets a 404, so no request path ever reaches a file system or class-path lookup.
 */
public final class SiteAssets {
  /** The page's files, as paths under the site root. */
  static final List<String> FILES =
      List.of(
          "index.html",
          "assets/app.css",
          "assets/app.js",
          "assets/data.js",
          "assets/dom.js",
          "assets/views.js",
          "assets/tree.js",
          "assets/keys.js");

  /** The line of {@code index.html} that the server rewrites: deep links need an absolute base. */
  static final String RELATIVE_BASE = "<base href=\"./\">";

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private SiteAssets() {}

  public static SiteAssets load() {
    SiteAssets a = new SiteAssets();
    for (String f : FILES) {
      try (InputStream in = SiteAssets.class.getResourceAsStream("site/" + f)) {
        if (in == null) {
          throw new IllegalStateException("missing site asset " + f);
        }
        a.files.put(f, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return a;
  }

  public Optional<byte[]> get(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Every file, for the static export. */
  public Map<String, byte[]> all() {
    return java.util.Collections.unmodifiableMap(files);
  }

  /** index.html with an absolute base, for a server that answers deep links with it. */
  public byte[] indexAtRoot() {
    String html = new String(files.get("index.html"), StandardCharsets.UTF_8);
    return html.replace(RELATIVE_BASE, "<base href=\"/\">").getBytes(StandardCharsets.UTF_8);
  }

  static String contentType(String path) {
    if (path.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (path.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (path.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "application/json; charset=utf-8";
  }
}
