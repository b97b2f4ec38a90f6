package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class ServeCommandTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bindsLoopbackByDefaultAndStopsCleanly() throws Exception {
    ServeRun run = ServeRun.start();
    try {
      assertThat(run.uri()).as("stdout: %s / stderr: %s", run.stdout(), run.stderr()).isNotNull();
      assertThat(run.uri().getHost()).isEqualTo("127.0.0.1");
      assertThat(run.stderr()).isEmpty();
      HttpResponse<String> r = get(run.uri().resolve("api/services"));
      assertThat(r.statusCode()).isEqualTo(HttpURLConnection.HTTP_OK);
      assertThat(r.body()).contains("\"mode\":\"server\"", "\"name\":\"iam\"");
    } finally {
      assertThat(run.stop()).isZero();
    }
    assertThat(ServeCommand.address(null).isLoopbackAddress()).isTrue();
  }

  @Test
  void aNonLoopbackBindWarnsOnStderr() throws Exception {
    // 192.0.2.1 (TEST-NET-1) is on no interface here: the warning comes first, then binding fails,
    // so the test never listens beyond loopback.
    try (ServeRun run = ServeRun.start("--bind", "192.0.2.1")) {
      while (!run.exited()) {
        Thread.sleep(20);
      }
      assertThat(run.stop()).isEqualTo(ExitCodes.IO);
      assertThat(run.stderr().lines())
          .hasSize(2)
          .first()
          .asString()
          .startsWith("cloudtrail-schema: warning: serving on 192.0.2.1, reachable from other");
      assertThat(run.stderr().lines().skip(1).findFirst().orElse(""))
          .startsWith("cloudtrail-schema: cannot listen on 192.0.2.1:0");
    }
  }

  @Test
  void loopbackBindDoesNotWarn() throws Exception {
    try (ServeRun run = ServeRun.start("--bind", "localhost")) {
      assertThat(run.uri()).isNotNull();
      assertThat(run.stderr()).isEmpty();
    }
  }

  @Test
  void aBusyPortIsAOneLineError() throws Exception {
    try (ServeRun first = ServeRun.start()) {
      CliResult.run("serve", "--port", String.valueOf(first.uri().getPort()))
          .failedWithOneLine(ExitCodes.IO);
    }
  }

  @Test
  void unknownBindAddressIsAUsageError() {
    CliResult.run("serve", "--bind", "no.such.host.invalid").failedWithOneLine(ExitCodes.USAGE);
  }

  @Test
  void exportSiteWritesThePageAndOneDocumentPerEvent(@TempDir Path dir) throws Exception {
    CliResult.run("export", "--format", "site", "--out", dir.toString(), "iam", "sts").succeeded();
    assertThat(dir.resolve("index.html")).exists();
    assertThat(dir.resolve("assets/app.js")).exists();
    assertThat(Files.readString(dir.resolve("data/services.json"))).contains("\"mode\":\"static\"");
    assertThat(Files.readString(dir.resolve("data/service/iam.json"))).contains("CreatePolicy");
    assertThat(Files.readString(dir.resolve("data/event/iam/CreatePolicy.json")))
        .contains("\"eventSource\":\"iam.amazonaws.com\"", "\"name\":\"sigma\"");
    assertThat(Files.readString(dir.resolve("data/search.json")))
        .contains("\"eventName\":\"AssumeRole\"");
    try (var files = Files.list(dir.resolve("data/event/iam"))) {
      assertThat(files.count()).isGreaterThan(100);
    }
  }

  @Test
  void exportSiteNeedsAFolder() {
    CliResult.run("export", "--format", "site").failedWithOneLine(ExitCodes.USAGE);
  }
}
