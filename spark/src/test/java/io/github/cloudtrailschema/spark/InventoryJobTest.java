package io.github.cloudtrailschema.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode over a log tree made by {@code gen-logs} from the real corpus:
 * exact counts against the generator's {@code truth.json}, and the very report the CLI's {@code
 * scan} prints for the same tree (inventory, principals, first/last seen, field paths with their
 * explanations, skipped files and values).
 */
class InventoryJobTest {
  /** The shared folder beside the repository (this module is one level down). */
  private static final Path SHARED = Path.of("../../shared");

  private static final int RECORDS = 3000;
  private static final int PER_FILE = 100;

  @TempDir static Path tree;
  private static JavaSparkContext sc;

  @BeforeAll
  static void generateAndStart() throws Exception {
    Path corpus = SHARED.resolve("corpus/dev-events.jsonl");
    Path genLogs = SHARED.resolve("tools/gen-logs");
    skipUnless(
        Files.isRegularFile(corpus) && Files.isRegularFile(genLogs),
        "../../shared (corpus/dev-events.jsonl, tools/gen-logs) is absent");
    skipUnless(onPath("python3"), "gen-logs needs python3, which is not on PATH");
    Process p =
        new ProcessBuilder(
                "python3",
                genLogs.toString(),
                corpus.toString(),
                tree.toString(),
                String.valueOf(RECORDS),
                String.valueOf(PER_FILE))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("gen-logs exit code").isZero();
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("InventoryJobTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.close();
    }
  }

  @Test
  void countsMatchTheGeneratorsTruth() throws IOException {
    Run job = job("--tasks", "4", tree.toString());
    assertThat(job.code).as(job.err).isZero();
    JsonNode report = new ObjectMapper().readTree(job.out);
    JsonNode truth = new ObjectMapper().readTree(tree.resolve("truth.json").toFile());

    assertThat(report.get("files").asLong()).isEqualTo(truth.get("files").asLong());
    assertThat(report.get("records").asLong()).isEqualTo(RECORDS);
    assertThat(report.get("skippedFiles").asLong()).isZero();
    assertThat(report.get("skippedRecords").asLong()).isZero();
    Map<String, Long> counts = new TreeMap<>();
    report
        .get("events")
        .forEach(
            e ->
                counts.put(
                    e.get("eventSource").asText() + "\t" + e.get("eventName").asText(),
                    e.get("count").asLong()));
    Map<String, Long> expected = new TreeMap<>();
    truth.get("events").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
    assertThat(counts).isEqualTo(expected);
  }

  @Test
  void reportIsTheCliScansReport() {
    Run job = job(tree.toString());
    Run scan = cli("scan", tree.toString(), "--format", "json");
    assertThat(scan.code).as(scan.err).isZero();
    assertThat(job.code).as(job.err).isZero();
    assertThat(job.out).isEqualTo(scan.out);
  }

  @Test
  void fieldDiscoveryIsTheCliScansToo() {
    Run job = job("--fields", tree.toString());
    Run scan = cli("scan", tree.toString(), "--fields", "--format", "json");
    assertThat(scan.code).as(scan.err).isZero();
    assertThat(job.out).contains("\"explained\" : \"explained\"").isEqualTo(scan.out);
    assertThat(job.code).isEqualTo(scan.code);
  }

  @Test
  void skippedInputIsCountedAndReportedAsScanDoes(@TempDir Path extra) throws IOException {
    Path day = extra.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02");
    Files.createDirectories(day);
    Files.write(
        day.resolve("111122223333_CloudTrail_us-east-1_20260302T0000Z_a.json.gz"),
        new byte[] {31, -117, 8, 0});
    Files.writeString(
        day.resolve("111122223333_CloudTrail_us-east-1_20260302T0005Z_b.json"),
        "{\"Records\":[{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\","
            + "\"eventTime\":\"2026-03-02T00:01:00Z\"},{\"note\":\"not a record\"}]}",
        StandardCharsets.UTF_8);
    Files.createDirectories(extra.resolve("AWSLogs/111122223333/CloudTrail-Digest"));
    Files.writeString(extra.resolve("truth.json"), "{}", StandardCharsets.UTF_8);

    Run job = job("--format", "table", tree.toString(), extra.toString());
    Run scan = cli("scan", tree.toString(), extra.toString(), "--format", "table");

    assertThat(scan.code).isEqualTo(1);
    assertThat(job.code).isEqualTo(1);
    assertThat(job.out).isEqualTo(scan.out);
    assertThat(job.err).isEqualTo(scan.err).contains("skipped").contains("1 value(s) skipped");
  }

  /**
   * scan's filters, spelled as scan spells them (repeatable, comma-separated, glued with {@code =}):
   * the same records are kept as by the CLI's scan, and the filter does remove some.
   */
  @Test
  void filtersKeepWhatScanKeeps() throws IOException {
    Path accounts = tree.resolve("AWSLogs");
    String account;
    try (var s = Files.list(accounts)) {
      account = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{12}")).sorted()
          .findFirst().orElseThrow();
    }
    // The records keep their own awsRegion, which the region filter checks too: us-east-1 is the
    // region most of the corpus's records were made in.
    String region = "us-east-1";
    assertThat(accounts.resolve(account).resolve("CloudTrail").resolve(region)).isDirectory();
    String[] filters = {
      "--account", account + ",999999999999", "--log-region=" + region, "--since", "2000-01-01",
      "--until=2100-01-01T00:00:00Z"
    };
    Run job = job(concat(filters, "--format", "json", tree.toString()));
    Run scan = cli(concat(new String[] {"scan", tree.toString(), "--format", "json"}, filters));
    assertThat(scan.code).as(scan.err).isZero();
    assertThat(job.code).as(job.err).isZero();
    assertThat(job.out).isEqualTo(scan.out);
    long kept = new ObjectMapper().readTree(job.out).get("records").asLong();
    assertThat(kept).isPositive().isLessThan(RECORDS);

    Run late = job("--since", "2100-01-01", tree.toString());
    assertThat(late.code).as("nothing read is exit code 1, as scan").isEqualTo(1);
    Run badAccount = job("--account", "12345", tree.toString());
    Run badScan = cli("scan", tree.toString(), "--account", "12345");
    assertThat(badAccount.code).isEqualTo(badScan.code).isEqualTo(2);
    assertThat(badAccount.err).isEqualTo(badScan.err).contains("not a 12-digit account id");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aMissingInputIsAUsageError() {
    Run job = job(tree.resolve("nowhere").toString());
    Run scan = cli("scan", tree.resolve("nowhere").toString());
    assertThat(job.code).isEqualTo(scan.code).isEqualTo(2);
    assertThat(job.err).isEqualTo(scan.err);
    assertThat(job("--format", "xml", tree.toString()).code).isEqualTo(2);
  }

  @Test
  void writesTheReportToAPathWhenAsked(@TempDir Path out) throws IOException {
    File file = out.resolve("inventory.json").toFile();
    Run job = job("--out", file.toString(), tree.toString());
    assertThat(job.code).as(job.err).isZero();
    assertThat(job.out).isEmpty();
    assertThat(Files.readString(file.toPath()))
        .isEqualTo(cli("scan", tree.toString(), "--format", "json").out);
  }

  /** An assumption that also says why on stderr: Surefire's summary shows no class-level reason. */
  private static void skipUnless(boolean ok, String why) {
    if (!ok) {
      System.err.println("InventoryJobTest: skipped: " + why);
    }
    assumeTrue(ok, "skipped: " + why);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static Run job(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InventoryJob.run(sc, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
