package io.github.cloudtrailschema.athena;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Trino server (coordinator and worker in one) as a child process on
 * 127.0.0.1, with one {@code hive} catalog: the file metastore and the local file system rooted at
 * {@code root}, so that {@code local:///x} is {@code root/x}, and {@code s3://} through Trino's
 * native S3 file system on a given S3-compatible endpoint. Queries go through the tool's own client
 * of Trino's HTTP protocol, {@link TrinoRunner}, so every IT query exercises it too.
 */
final class TrinoServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process process;
  private final URI base;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Where the catalogue's {@code s3://} goes: an endpoint with path-style addressing. */
  record S3(String endpoint, String accessKey, String secretKey) {}

  private TrinoServer(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /**
   * @param java the JDK 24+ {@code bin/java}
   * @param server the unpacked {@code trino-server-core} (its {@code lib/})
   * @param plugins the plugin directory (one sub-directory per plugin)
   * @param work a fresh directory for configuration, data and the server log
   * @param root the local file system's root for the catalogue
   * @param s3 the S3-compatible server {@code s3://} goes to
   */
  static TrinoServer start(Path java, Path server, Path plugins, Path work, Path root, S3 s3)
      throws IOException, InterruptedException {
    int port = freePort();
    Path etc = Files.createDirectories(work.resolve("etc"));
    Files.createDirectories(etc.resolve("catalog"));
    Files.createDirectories(root.resolve("metastore"));
    Files.writeString(
        etc.resolve("config.properties"),
        String.join(
            "\n",
            "coordinator=true",
            "node-scheduler.include-coordinator=true",
            "http-server.http.port=" + port,
            "discovery.uri=http://127.0.0.1:" + port,
            "node.environment=it",
            "node.id=cloudtrail-schema-it",
            "node.bind-ip=127.0.0.1",
            "node.internal-address=127.0.0.1",
            "query.max-memory=384MB",
            "query.max-memory-per-node=384MB",
            "plugin.dir=" + plugins.toAbsolutePath(),
            "catalog.config-dir=" + etc.resolve("catalog").toAbsolutePath(),
            ""));
    Files.writeString(
        etc.resolve("catalog/hive.properties"),
        String.join(
            "\n",
            "connector.name=hive",
            "hive.metastore=file",
            "hive.metastore.catalog.dir=local:///metastore",
            "fs.native-local.enabled=true",
            "local.location=" + root.toAbsolutePath(),
            "fs.native-s3.enabled=true",
            "s3.endpoint=" + s3.endpoint(),
            "s3.region=us-east-1",
            "s3.path-style-access=true",
            "s3.aws-access-key=" + s3.accessKey(),
            "s3.aws-secret-key=" + s3.secretKey(),
            // A projected day without logs has no directory; Athena skips it, Trino must be told.
            "hive.ignore-absent-partitions=true",
            ""));
    Path log = work.resolve("server.log");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx1G",
                "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djdk.attach.allowAttachSelf=true",
                "-Dconfig=" + etc.resolve("config.properties").toAbsolutePath(),
                "-cp",
                server.resolve("lib").toAbsolutePath() + "/*",
                "io.trino.server.TrinoServer")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    TrinoServer s = new TrinoServer(p, URI.create("http://127.0.0.1:" + port), log);
    s.awaitStarted();
    return s;
  }

  private void awaitStarted() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Trino exited on start-up; its log:\n" + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(base.resolve("/v1/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && !JSON.readTree(r.body()).path("starting").asBoolean(true)) {
          awaitNode(deadline);
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Trino did not start in 5 minutes; its log:\n" + tail());
  }

  /**
   * "Started" is the coordinator's word; the node that runs queries (itself) registers a moment
   * later, and a query before that fails with "No nodes available to run query".
   */
  private void awaitNode(long deadline) throws InterruptedException {
    while (true) {
      try {
        query("information_schema", "SELECT 1");
        return;
      } catch (IllegalStateException e) {
        if (!e.getMessage().contains("No nodes available") || System.nanoTime() > deadline) {
          throw e;
        }
      }
      Thread.sleep(500);
    }
  }

  /** The coordinator's base URL, {@code http://127.0.0.1:PORT}. */
  URI base() {
    return base;
  }

  /**
   * Runs one statement in catalog hive and the given schema through the tool's own client ({@link
   * TrinoRunner}); the rows as text (null as null).
   */
  List<List<String>> query(String schema, String sql) {
    try (TrinoRunner runner = new TrinoRunner(new TrinoSettings(base, "it", null, "hive", schema))) {
      return runner.run(sql, progress -> {});
    } catch (QueryException e) {
      throw new IllegalStateException(e.getMessage() + "\nin: " + sql, e);
    }
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
