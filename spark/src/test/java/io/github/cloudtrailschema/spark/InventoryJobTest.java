package io.github.cloudtrailschema.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.scan.CorpusGenerator;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.TestCorpus;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode over a log tree of real records (drawn from the shared corpus where
 * it lies beside the checkout, else from the subset of it committed with the CLI's tests) in the
 * layout CloudTrail writes, organisation trail and digest files included: exact counts against
 * what the generator wrote, and the very report the CLI's {@code scan} prints for the same tree
 * (inventory, principals, first/last seen, field paths with their explanations, skipped files and
 * values).
 */
@Timeout(300)
class InventoryJobTest {
  /** 3 trails x 3 regions x 2 days x 2 files of 80 records: 36 files, 2,880 records. */
  private static final int DAYS = 2;

  private static final int FILES_PER_DAY = 2;
  private static final int PER_FILE = 80;

  @TempDir static Path tree;
  private static CorpusGenerator.Expected written;
  private static JavaSparkContext sc;

  @BeforeAll
  static void generateAndStart() throws Exception {
    written =
        CorpusGenerator.fromRecords(
                TestCorpus.records(), LocalDate.of(2026, 3, 1), DAYS, FILES_PER_DAY, PER_FILE)
            .generate(tree);
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
  void countsMatchWhatTheGeneratorWrote() throws IOException {
    CliResult job = job("--tasks", "4", tree.toString());
    assertThat(job.exitCode()).as(job.stderr()).isZero();
    JsonNode report = new ObjectMapper().readTree(job.stdout());

    assertThat(report.get("files").asLong()).isEqualTo(written.files).isEqualTo(36);
    assertThat(report.get("records").asLong()).isEqualTo(written.records).isEqualTo(2880);
    assertThat(report.get("skippedFiles").asLong()).isZero();
    assertThat(report.get("skippedRecords").asLong()).isZero();
    Map<String, String> counts = new TreeMap<>();
    report
        .get("events")
        .forEach(
            e ->
                counts.put(
                    e.get("eventSource").asText() + " " + e.get("eventName").asText(),
                    e.get("count").asLong() + " records, " + e.get("errors").asLong() + " errors"));
    Map<String, String> expected = new TreeMap<>();
    written.events.forEach((k, v) -> expected.put(k, v[0] + " records, " + v[1] + " errors"));
    assertThat(counts).isEqualTo(expected);
    // drawn from real records: many events, some of them failed calls
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(written.events.values().stream().mapToLong(v -> v[1]).sum()).isPositive();
  }

  @Test
  void reportIsTheCliScansReport() {
    CliResult job = job(tree.toString());
    CliResult scan = cli("scan", tree.toString(), "--format", "json");
    assertThat(scan.exitCode()).as(scan.stderr()).isZero();
    assertThat(job.exitCode()).as(job.stderr()).isZero();
    assertThat(job.stdout()).isEqualTo(scan.stdout());
  }

  @Test
  void fieldDiscoveryIsTheCliScansToo() {
    CliResult job = job("--fields", tree.toString());
    CliResult scan = cli("scan", tree.toString(), "--fields", "--format", "json");
    assertThat(scan.exitCode()).as(scan.stderr()).isZero();
    assertThat(job.stdout()).contains("\"explained\" : \"explained\"").isEqualTo(scan.stdout());
    assertThat(job.exitCode()).isEqualTo(scan.exitCode());
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

    CliResult job = job("--format", "table", tree.toString(), extra.toString());
    CliResult scan = cli("scan", tree.toString(), extra.toString(), "--format", "table");

    assertThat(scan.exitCode()).isEqualTo(1);
    assertThat(job.exitCode()).isEqualTo(1);
    assertThat(job.stdout()).isEqualTo(scan.stdout());
    assertThat(job.stderr())
        .isEqualTo(scan.stderr())
        .contains("skipped")
        .contains("1 value(s) skipped");
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
    CliResult job = job(concat(filters, "--format", "json", tree.toString()));
    CliResult scan =
        cli(concat(new String[] {"scan", tree.toString(), "--format", "json"}, filters));
    assertThat(scan.exitCode()).as(scan.stderr()).isZero();
    assertThat(job.exitCode()).as(job.stderr()).isZero();
    assertThat(job.stdout()).isEqualTo(scan.stdout());
    long kept = new ObjectMapper().readTree(job.stdout()).get("records").asLong();
    assertThat(kept).isPositive().isLessThan(written.records);

    CliResult late = job("--since", "2100-01-01", tree.toString());
    assertThat(late.exitCode()).as("nothing read is exit code 1, as scan").isEqualTo(1);
    CliResult badAccount = job("--account", "12345", tree.toString());
    CliResult badScan = cli("scan", tree.toString(), "--account", "12345");
    assertThat(badAccount.exitCode()).isEqualTo(badScan.exitCode()).isEqualTo(2);
    assertThat(badAccount.stderr())
        .isEqualTo(badScan.stderr())
        .contains("not a 12-digit account id");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aMissingInputIsAUsageError() {
    CliResult job = job(tree.resolve("nowhere").toString());
    CliResult scan = cli("scan", tree.resolve("nowhere").toString());
    assertThat(job.exitCode()).isEqualTo(scan.exitCode()).isEqualTo(2);
    assertThat(job.stderr()).isEqualTo(scan.stderr());
    assertThat(job("--format", "xml", tree.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void writesTheReportToAPathWhenAsked(@TempDir Path out) throws IOException {
    File file = out.resolve("inventory.json").toFile();
    CliResult job = job("--out", file.toString(), tree.toString());
    assertThat(job.exitCode()).as(job.stderr()).isZero();
    assertThat(job.stdout()).isEmpty();
    assertThat(Files.readString(file.toPath()))
        .isEqualTo(cli("scan", tree.toString(), "--format", "json").stdout());
  }

  private static CliResult job(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InventoryJob.run(sc, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliResult(code, out.toString(), err.toString());
  }

  private static CliResult cli(String... args) {
    return CliResult.run(args);
  }
}
