package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.Checkout;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.Skip;
import io.github.cloudtrailschema.testing.Tools;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} over a tree from {@code ../shared/tools/gen-logs} (real records of the shared
 * corpus, about 1.3 KB each): every count equals the tool's {@code truth.json}, with several
 * workers, and bad files and records among the good ones are skipped and counted exactly. Skipped,
 * saying so, where the tool, the corpus or python3 is absent.
 */
@Timeout(300)
class ScanGenLogsTest {
  static final Path TOOL = Checkout.shared("tools/gen-logs");
  static final Path CORPUS = Checkout.shared("corpus/dev-events.jsonl");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static JsonNode truth;

  @BeforeAll
  static void generate() throws IOException, InterruptedException {
    Skip.unless(
        ScanGenLogsTest.class,
        Files.isRegularFile(TOOL) && Files.isRegularFile(CORPUS),
        "gen-logs or the shared corpus is absent (" + TOOL + ", " + CORPUS + ")");
    Skip.unless(
        ScanGenLogsTest.class,
        Tools.onPath("python3").isPresent(),
        "gen-logs needs python3, which is not on PATH");
    Process p =
        new ProcessBuilder(
                "python3", TOOL.toString(), CORPUS.toString(), root.toString(), "6000", "100")
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("gen-logs finished").isTrue();
    assertThat(p.exitValue()).as("gen-logs: %s", log).isZero();
    truth = JSON.readTree(root.resolve("truth.json").toFile());
  }

  @Test
  void countsEqualTheTruthWithSeveralWorkers() throws IOException {
    CliResult r = CliResult.run("scan", root.toString(), "--format", "json", "--threads", "3");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isZero();
    JsonNode j = JSON.readTree(r.stdout());
    assertThat(j.get("files").asLong()).isEqualTo(truth.get("files").asLong());
    assertThat(j.get("records").asLong()).isEqualTo(truth.get("records").asLong());
    assertThat(counts(j)).isEqualTo(expected());
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfWorkers() {
    CliResult one = CliResult.run("scan", root.toString(), "--format", "json", "--threads", "1");
    CliResult four = CliResult.run("scan", root.toString(), "--format", "json", "--threads", "4");
    assertThat(one.exitCode()).isZero();
    assertThat(four.stdout()).isEqualTo(one.stdout());
  }

  /**
   * {@code scan INPUT --format F [--threads N]} skips picocli (Main's lean path); an S3 option that
   * local input ignores takes picocli's path. Both give the same bytes.
   */
  @Test
  void leanAndPicocliPathsAgree() {
    CliResult lean = CliResult.run("scan", root.toString(), "--format=json", "--threads", "2");
    CliResult full =
        CliResult.run("scan", "--format", "json", root.toString(), "--profile", "unused");
    assertThat(lean.exitCode()).isZero();
    assertThat(lean.stdout()).isEqualTo(full.stdout());
    assertThat(lean.stderr()).isEqualTo(full.stderr()).isEmpty();
    CliResult bad = CliResult.run("scan", root.toString(), "--threads", "0");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.stderr()).isEqualTo("cloudtrail-schema: --threads: expected 1 to 256, got 0\n");
  }

  /** A corrupt gzip and a record with a duplicate key, beside the generated tree. */
  @Test
  void badFileAndRecordAmongGoodOnesAreCountedExactly(@TempDir Path extra) throws IOException {
    Path trail = extra.resolve("AWSLogs/123456789012/CloudTrail/us-east-1/2026/03/01");
    Files.createDirectories(trail);
    byte[] gz = gzip("{\"Records\":[" + record("GetUser") + "]}");
    gz[gz.length / 2] ^= 0x5a;
    Files.write(trail.resolve("123456789012_CloudTrail_us-east-1_20260301T0000Z_a.json.gz"), gz);
    String dup = record("ListUsers").replace("\"eventName\"", "\"eventName\":\"X\",\"eventName\"");
    Files.write(
        trail.resolve("123456789012_CloudTrail_us-east-1_20260301T0000Z_b.json.gz"),
        gzip("{\"Records\":[" + record("GetRole") + "," + dup + "]}"));
    CliResult r = CliResult.run("scan", root.toString(), extra.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode j = JSON.readTree(r.stdout());
    assertThat(j.get("records").asLong()).isEqualTo(truth.get("records").asLong() + 1);
    assertThat(j.get("skippedFiles").asLong()).isEqualTo(1);
    // the duplicate, and the record the corrupt gzip broke (issue 24: counted as skipped)
    assertThat(j.get("skippedRecords").asLong()).isEqualTo(2);
    assertThat(r.stderr()).contains("corrupt gzip", "record 2: duplicate key 'eventName'");
  }

  private static Map<String, Long> expected() {
    Map<String, Long> m = new TreeMap<>();
    truth.get("events").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
    return m;
  }

  private static Map<String, Long> counts(JsonNode j) {
    Map<String, Long> m = new TreeMap<>();
    for (JsonNode e : j.get("events")) {
      m.put(
          e.get("eventSource").asText() + "\t" + e.get("eventName").asText(),
          e.get("count").asLong());
    }
    return m;
  }

  private static String record(String name) {
    return "{\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\""
        + name
        + "\","
        + "\"eventTime\":\"2026-03-01T00:00:00Z\",\"awsRegion\":\"us-east-1\"}";
  }

  private static byte[] gzip(String s) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
