package io.github.cloudtrailschema.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one query on a Trino server through its HTTP client protocol, which its CLI and JDBC driver
 * speak: {@code POST /v1/statement} with the SQL, then {@code GET nextUri} until the answer has no
 * {@code nextUri}, collecting each page's {@code data}. 502, 503 and 504 are retried as the
 * protocol asks; any other status, or an {@code error} in a page, ends the query with one line
 * (and a query left half-way is cancelled with {@code DELETE nextUri}). No client library: the
 * protocol is a handful of JSON fields, and the JDBC driver would bring its own HTTP stack.
 */
public final class TrinoRunner implements QueryRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RETRIES = 5;

  private final TrinoSettings settings;
  private final HttpClient http;

  public TrinoRunner(TrinoSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public List<List<String>> run(String sql, Consumer<String> progress) throws QueryException {
    HttpRequest.Builder post =
        request(settings.server().resolve("/v1/statement"))
            .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8));
    JsonNode page = send(post.build());
    progress.accept("trino: query " + page.path("id").asText("?") + " started");
    List<List<String>> rows = new ArrayList<>();
    try {
      while (true) {
        JsonNode error = page.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
          throw failure(error.path("errorName").asText("") + ": " + error.path("message").asText());
        }
        for (JsonNode row : page.path("data")) {
          rows.add(values(row));
        }
        if (!page.hasNonNull("nextUri")) {
          return rows;
        }
        JsonNode stats = page.path("stats");
        progress.accept(
            "trino: "
                + stats.path("state").asText("?").toLowerCase(java.util.Locale.ROOT)
                + ", "
                + stats.path("processedRows").asLong()
                + " rows read");
        page = send(request(URI.create(page.get("nextUri").asText())).GET().build());
      }
    } catch (QueryException | RuntimeException e) {
      cancel(page);
      throw e;
    }
  }

  /** A row's values as text, as Athena hands them: numbers and strings alike. */
  private static List<String> values(JsonNode row) {
    List<String> values = new ArrayList<>();
    row.forEach(v -> values.add(v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString()));
    return values;
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(5))
            .header("X-Trino-User", settings.user())
            .header("X-Trino-Source", "cloudtrail-schema")
            .header("X-Trino-Catalog", settings.catalog())
            .header("X-Trino-Schema", settings.schema());
    if (settings.password() != null) {
      String pair = settings.user() + ":" + settings.password();
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private JsonNode send(HttpRequest request) throws QueryException {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> r;
      try {
        r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw failure("cannot reach " + settings.server() + ": " + describe(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure("interrupted");
      }
      int status = r.statusCode();
      if ((status == 502 || status == 503 || status == 504) && attempt < RETRIES) {
        pause(attempt);
        continue;
      }
      if (status == 401) {
        throw failure(
            "HTTP 401: the server wants a password (TRINO_PASSWORD, over https) for "
                + settings.user());
      }
      if (status != 200) {
        throw failure("HTTP " + status + ": " + r.body());
      }
      try {
        return JSON.readTree(r.body());
      } catch (IOException e) {
        throw failure("not a Trino answer from " + request.uri() + ": " + describe(e));
      }
    }
  }

  /** Stops a query that is still running server-side; a failure here changes nothing. */
  private void cancel(JsonNode page) {
    if (page != null && page.hasNonNull("nextUri")) {
      try {
        http.send(
            request(URI.create(page.get("nextUri").asText())).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
      } catch (IOException | RuntimeException e) {
        // best effort: the server ends abandoned queries itself
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void pause(int attempt) throws QueryException {
    try {
      Thread.sleep(100L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("interrupted");
    }
  }

  /** The JDK's HTTP client throws some faults with no message at all. */
  private static String describe(Exception e) {
    String m = e.getMessage();
    if (m != null && !m.isBlank()) {
      return m;
    }
    if (e instanceof java.net.http.HttpConnectTimeoutException) {
      return "connection timed out";
    }
    return e instanceof java.net.ConnectException ? "connection refused" : "I/O error";
  }

  private static QueryException failure(String message) {
    String m = message.replaceAll("\\s*\\R\\s*", " ").trim();
    return new QueryException("trino: " + (m.length() > 300 ? m.substring(0, 300) + "…" : m));
  }

  @Override
  public void close() {
    // HttpClient has no close before Java 21; its threads end with the JVM
  }
}
