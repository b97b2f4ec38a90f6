package io.github.cloudtrailschema.athena;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code athena inventory --run --trino}: the options, and the client's handling of what a server
 * answers, against a STUB Trino on loopback that answers with canned pages of Trino's client
 * protocol (a 503 to retry, a page with an error, a query to cancel). The successful run against a
 * real Trino is in {@link TrinoEngineIT}.
 */
@Timeout(120)
class TrinoRunnerTest {

  /** A stub: each POST or GET takes the next canned answer (status, body); DELETEs are counted. */
  static final class Stub implements AutoCloseable {
    final HttpServer server;
    final List<String[]> answers;
    final List<String> seen = new ArrayList<>();
    final AtomicInteger cancelled = new AtomicInteger();
    int next;

    Stub(List<String[]> answers) throws IOException {
      this.answers = answers;
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          ex -> {
            synchronized (this) {
              seen.add(
                  ex.getRequestMethod()
                      + " "
                      + ex.getRequestURI().getPath()
                      + " user="
                      + ex.getRequestHeaders().getFirst("X-Trino-User")
                      + " catalog="
                      + ex.getRequestHeaders().getFirst("X-Trino-Catalog")
                      + " schema="
                      + ex.getRequestHeaders().getFirst("X-Trino-Schema"));
              if (ex.getRequestMethod().equals("DELETE")) {
                cancelled.incrementAndGet();
                ex.sendResponseHeaders(204, -1);
                ex.close();
                return;
              }
              String[] a = answers.get(Math.min(next++, answers.size() - 1));
              byte[] body = a[1].replace("BASE", base()).getBytes(StandardCharsets.UTF_8);
              ex.sendResponseHeaders(Integer.parseInt(a[0]), body.length);
              try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
              }
            }
          });
      server.start();
    }

    String base() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private static final String RUNNING =
      "{\"id\":\"q1\",\"nextUri\":\"BASE/v1/statement/executing/q1/1\","
          + "\"stats\":{\"state\":\"RUNNING\",\"processedRows\":10}}";

  @Test
  void aRetriedOverloadThenAFailedQueryIsOneLineExitFourAndTheQueryIsCancelled() throws Exception {
    String failed =
        "{\"id\":\"q1\",\"nextUri\":\"BASE/v1/statement/executing/q1/2\",\"error\":"
            + "{\"errorName\":\"TABLE_NOT_FOUND\",\"message\":\"line 1:1: Table 'hive.ct.x'\\n"
            + "does not exist\"}}";
    try (Stub stub =
        new Stub(List.of(new String[] {"503", "busy"}, new String[] {"200", RUNNING},
            new String[] {"200", failed}))) {
      CliResult r =
          CliResult.run(
                  "athena", "inventory", "--run", "--trino", stub.base(), "--user", "ana",
                  "--database", "ct")
              .failedWithOneLine(4);
      assertThat(r.stderr())
          .contains("trino: TABLE_NOT_FOUND: line 1:1: Table 'hive.ct.x' does not exist");
      assertThat(stub.seen)
          .startsWith(
              "POST /v1/statement user=ana catalog=hive schema=ct",
              "POST /v1/statement user=ana catalog=hive schema=ct",
              "GET /v1/statement/executing/q1/1 user=ana catalog=hive schema=ct");
      assertThat(stub.cancelled.get()).as("the query left half-way is cancelled").isEqualTo(1);
    }
  }

  @Test
  void otherStatusesAndNonTrinoAnswersAreOneLineExitFour() throws Exception {
    try (Stub stub = new Stub(List.<String[]>of(new String[] {"401", ""}))) {
      assertThat(
              CliResult.run("athena", "inventory", "--run", "--trino", stub.base())
                  .failedWithOneLine(4)
                  .stderr())
          .contains("HTTP 401").contains("TRINO_PASSWORD");
    }
    try (Stub stub = new Stub(List.<String[]>of(new String[] {"200", "<html>a proxy</html>"}))) {
      assertThat(
              CliResult.run("athena", "inventory", "--run", "--trino", stub.base())
                  .failedWithOneLine(4)
                  .stderr())
          .contains("not a Trino answer");
    }
    CliResult.run("athena", "inventory", "--run", "--trino", "http://127.0.0.1:9")
        .failedWithOneLine(4);
  }

  @Test
  void optionsOfOneEngineAreRefusedWithTheOther() {
    assertThat(
            CliResult.run("athena", "inventory", "--trino", "http://127.0.0.1:8080")
                .failedWithOneLine(2)
                .stderr())
        .contains("go with --run");
    assertThat(
            CliResult.run(
                    "athena", "inventory", "--run", "--trino", "http://127.0.0.1:8080",
                    "--workgroup", "primary")
                .failedWithOneLine(2)
                .stderr())
        .contains("not with --trino");
    assertThat(
            CliResult.run("athena", "inventory", "--run", "--catalog", "hive")
                .failedWithOneLine(2)
                .stderr())
        .contains("go with --trino");
    assertThat(
            CliResult.run("athena", "inventory", "--run", "--trino", "trino.example.com:8080")
                .failedWithOneLine(2)
                .stderr())
        .contains("--trino: not a URL");
    assertThat(
            CliResult.run(
                    new java.io.ByteArrayInputStream(new byte[0]),
                    java.util.Map.of("TRINO_PASSWORD", "secret"),
                    "athena", "inventory", "--run", "--trino", "http://127.0.0.1:8080")
                .failedWithOneLine(2)
                .stderr())
        .contains("https only")
        .doesNotContain("secret");
  }
}
