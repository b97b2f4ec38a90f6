package io.github.cloudtrailschema.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain static file server on loopback, as any static host is: files by path, {@code index.html}
 * for a folder, 404 otherwise, no knowledge of the explorer. (The JDK's SimpleFileServer needs 18.)
 */
final class StaticFileServer implements AutoCloseable {
  private final HttpServer http;

  StaticFileServer(Path root) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    http.createContext(
        "/",
        x -> {
          try (x) {
            Path file = base.resolve(x.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
              file = file.resolve("index.html");
            }
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
              x.sendResponseHeaders(404, -1);
              return;
            }
            String name = file.getFileName().toString();
            x.getResponseHeaders()
                .set(
                    "Content-Type",
                    name.endsWith(".html")
                        ? "text/html"
                        : name.endsWith(".js")
                            ? "text/javascript"
                            : name.endsWith(".css") ? "text/css" : "application/json");
            byte[] body = Files.readAllBytes(file);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
              out.write(body);
            }
          }
        });
    http.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
