package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.scan.CorpusGenerator.Expected;
import io.github.cloudtrailschema.scan.CorpusGenerator;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through {@link Main}: a generated corpus of 108,000 records in the CloudTrail layout
 * (two accounts, an organization trail, three regions, three days, digest files), scanned whole and
 * pruned; every count is checked against the generator's own.
 */
class ScanCommandTest {
  static final LocalDate DAY1 = LocalDate.of(2024, 3, 1);
  static final int DAYS = 3;
  static final int FILES = 4;
  static final int RECORDS = 1000;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static Expected expected;

  @BeforeAll
  static void generate() throws IOException {
    expected = new CorpusGenerator(DAY1, DAYS, FILES, RECORDS).generate(root.resolve("corpus"));
    assertThat(expected.records).isEqualTo(3L * 3 * DAYS * FILES * RECORDS).isGreaterThan(100_000);
  }

  static Map<String, long[]> events(JsonNode json) {
    Map<String, long[]> m = new TreeMap<>();
    for (JsonNode e : json.get("events")) {
      m.put(
          e.get("eventSource").asText() + " " + e.get("eventName").asText(),
          new long[] {e.get("count").asLong(), e.get("errors").asLong()});
    }
    return m;
  }

  static JsonNode json(CliResult r) throws IOException {
    return JSON.readTree(r.stdout());
  }

  @Test
  void jsonInventoryMatchesTheGenerator() throws IOException {
    CliResult r = CliResult.run("scan", root.resolve("corpus").toString(), "--format", "json");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isZero();
    JsonNode j = json(r);
    assertThat(j.get("files").asLong()).isEqualTo(expected.files);
    assertThat(j.get("records").asLong()).isEqualTo(expected.records);
    assertThat(j.get("skippedFiles").asLong()).isZero();
    assertThat(j.get("skippedRecords").asLong()).isZero();
    assertThat(events(j)).usingRecursiveComparison().isEqualTo(expected.events);
    JsonNode invoke = j.get("events").get(5);
    assertThat(invoke.get("eventName").asText()).isEqualTo("Invoke");
    assertThat(invoke.get("readOnly").asText()).isEqualTo("mixed");
    assertThat(invoke.get("principals").asInt()).isEqualTo(3 * CorpusGenerator.PRINCIPALS);
    assertThat(invoke.get("firstSeen").asText()).startsWith("2024-03-01T");
    assertThat(invoke.get("lastSeen").asText()).startsWith("2024-03-03T");
  }

  @Test
  void tableAndCsv() {
    CliResult t = CliResult.run("scan", root.resolve("corpus").toString());
    assertThat(t.exitCode()).isZero();
    String[] lines = t.stdout().split("\n");
    assertThat(lines[0])
        .startsWith("EVENT SOURCE")
        .contains(
            "EVENT NAME", "COUNT", "ERRORS", "FIRST SEEN", "LAST SEEN", "PRINCIPALS", "READ-ONLY");
    assertThat(lines[1])
        .matches(
            "ec2\\.amazonaws\\.com +DescribeInstances +"
                + expected.events.get("ec2.amazonaws.com DescribeInstances")[0]
                + " .*true");
    assertThat(lines[lines.length - 1])
        .isEqualTo(
            expected.files
                + " files, "
                + expected.records
                + " records, 10 events; skipped: 0 files, 0 records");

    CliResult c = CliResult.run("scan", root.resolve("corpus").toString(), "--format", "csv");
    String[] rows = c.stdout().split("\r\n");
    assertThat(rows).hasSize(11);
    assertThat(rows[0])
        .isEqualTo("eventSource,eventName,count,errors,firstSeen,lastSeen,principals,readOnly");
    long[] put = expected.events.get("s3.amazonaws.com PutObject");
    assertThat(rows[9])
        .startsWith("s3.amazonaws.com,PutObject," + put[0] + "," + put[1] + ",2024-03-01T")
        .endsWith(",21,false");
  }

  @Test
  void pruningFlagsEqualTheGeneratorForThatSlice() throws IOException {
    // The generator seeds each account/region/day alone, so one day regenerated is that day
    // exactly.
    Expected day2 =
        new CorpusGenerator(DAY1.plusDays(1), 1, FILES, RECORDS)
            .generate(Files.createTempDirectory(root, "day2"));
    JsonNode j =
        json(
            CliResult.run(
                "scan",
                root.resolve("corpus").toString(),
                "--format",
                "json",
                "--since",
                "2024-03-02",
                "--until",
                "2024-03-02"));
    assertThat(j.get("records").asLong()).isEqualTo(day2.records);
    assertThat(events(j)).usingRecursiveComparison().isEqualTo(day2.events);
    // day 3's folder is listed (delivery slack) and its records filtered out
    assertThat(j.get("filteredRecords").asLong()).isEqualTo(day2.records);

    JsonNode org =
        json(
            CliResult.run(
                "scan",
                root.resolve("corpus").toString(),
                "--format",
                "json",
                "--account",
                "777788889999",
                "--log-region",
                "eu-west-1,ap-southeast-2"));
    JsonNode direct =
        json(
            CliResult.run(
                "scan",
                "--format",
                "json",
                root.resolve("corpus/AWSLogs/o-abcdefghij/777788889999/CloudTrail/eu-west-1")
                    .toString(),
                root.resolve("corpus/AWSLogs/o-abcdefghij/777788889999/CloudTrail/ap-southeast-2")
                    .toString()));
    assertThat(org).isEqualTo(direct);
    assertThat(org.get("files").asLong()).isEqualTo(2L * DAYS * FILES);
    assertThat(org.has("filteredRecords")).isFalse();
  }

  @Test
  void fieldsListObservedPaths() throws IOException {
    Path one = root.resolve("corpus/AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/01");
    JsonNode j = json(CliResult.run("scan", one.toString(), "--format", "json", "--fields"));
    JsonNode get = j.get("events").get(6);
    assertThat(get.get("eventName").asText()).isEqualTo("GetObject");
    long n = get.get("count").asLong();
    long errors = get.get("errors").asLong();
    Map<String, Long> paths = new TreeMap<>();
    Map<String, String> verdicts = new TreeMap<>();
    get.get("fields")
        .forEach(
            f -> {
              paths.put(f.get("path").asText(), f.get("count").asLong());
              verdicts.put(f.get("path").asText(), f.get("explained").asText());
            });
    // The schema engine: S3 GetObject logs bucketName, key and Host, and its response headers
    // when a record has them; the generator's tags are invented and rightly unexplained.
    assertThat(verdicts)
        .containsEntry("requestParameters.bucketName", "explained")
        .containsEntry("requestParameters.Host", "explained")
        .containsEntry("responseElements.x-amz-version-id", "explained")
        .containsEntry("requestParameters.tags[].key", "unexplained");
    assertThat(paths)
        .containsExactly(
            Map.entry("requestParameters.Host", n),
            Map.entry("requestParameters.bucketName", n),
            Map.entry("requestParameters.key", n),
            Map.entry("requestParameters.tags[].key", n),
            Map.entry("requestParameters.tags[].value", n),
            Map.entry("responseElements.x-amz-version-id", n - errors));
    CliResult t = CliResult.run("scan", one.toString(), "--fields");
    assertThat(t.stdout())
        .contains("\ns3.amazonaws.com GetObject\n  PATH ")
        .containsPattern("  requestParameters\\.tags\\[\\]\\.key +" + n + " +unexplained");
    CliResult c = CliResult.run("scan", one.toString(), "--fields", "--format", "csv");
    assertThat(c.stdout())
        .startsWith("eventSource,eventName,path,count,explained\r\n")
        .contains(
            "s3.amazonaws.com,GetObject,responseElements.x-amz-version-id,"
                + (n - errors)
                + ",explained\r\n");
  }

  @Test
  void faultsAreReportedSkippedAndReconciled() throws IOException {
    Path dir = Files.createTempDirectory(root, "faults");
    String rec =
        "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\","
            + "\"eventTime\":\"2024-01-01T00:00:00Z\"}";
    write(dir.resolve("good.json.gz"), gzip("{\"Records\":[" + rec + "," + rec + "]}"));
    write(
        dir.resolve("lines.json"),
        (rec + "\n{\"not\":\"a record\"}\n" + rec + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] corrupt = gzip("{\"Records\":[" + rec + "]}");
    corrupt[corrupt.length / 2] ^= 0x7f;
    corrupt[corrupt.length / 2 + 1] ^= 0x7f;
    write(dir.resolve("corrupt.json.gz"), corrupt);
    write(
        dir.resolve("truncated.json.gz"),
        gzip("{\"Records\":[" + rec + "," + rec.substring(0, 20)));
    write(dir.resolve("other.json"), "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));
    // root reads anything, so "unreadable" is a file named on the command line that cannot be
    // opened
    Files.createSymbolicLink(dir.resolve("unreadable.json"), dir.resolve("gone.json"));
    CliResult r =
        CliResult.run(
            "scan", dir.toString(), "--format", "json", dir.resolve("unreadable.json").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode j = JSON.readTree(r.stdout());
    assertThat(j.get("files").asLong()).isEqualTo(2);
    // good 2, lines 2, and the record truncated.json.gz holds before its cut (issue 24: the
    // records before a fault count, in scan as in check)
    assertThat(j.get("records").asLong()).isEqualTo(5);
    assertThat(j.get("skippedFiles").asLong()).isEqualTo(4);
    // lines.json's object that is no record, and the records the cut and the damage broke
    assertThat(j.get("skippedRecords").asLong()).isEqualTo(3);
    String[] err = r.stderr().split("\n");
    assertThat(err).hasSize(5);
    assertThat(err[0])
        .startsWith(
            "cloudtrail-schema: " + dir.resolve("corrupt.json.gz") + ": skipped: corrupt gzip");
    assertThat(err[1])
        .isEqualTo(
            "cloudtrail-schema: "
                + dir.resolve("lines.json")
                + ": 1 value(s) skipped: not CloudTrail records");
    assertThat(err[2])
        .startsWith(
            "cloudtrail-schema: " + dir.resolve("other.json") + ": skipped: not a CloudTrail log");
    assertThat(err[3])
        .startsWith(
            "cloudtrail-schema: "
                + dir.resolve("truncated.json.gz")
                + ": skipped: truncated JSON after 1 record(s)");
    assertThat(err[4])
        .isEqualTo(
            "cloudtrail-schema: "
                + dir.resolve("unreadable.json")
                + ": skipped: cannot open: no such file");
  }

  @Test
  void stdinAndDigestsAndBadArguments() throws IOException {
    Path log = root.resolve("corpus/AWSLogs/111122223333/CloudTrail/us-east-1/2024/03/01");
    Path first;
    try (var files = Files.list(log)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    CliResult r =
        CliResult.runWithStdin(Files.readAllBytes(first), "scan", "-", "--format", "json");
    assertThat(r.exitCode()).isZero();
    assertThat(json(r).get("records").asLong()).isEqualTo(RECORDS);
    JsonNode digests =
        json(
            CliResult.run(
                "scan",
                "--format",
                "json",
                root.resolve("corpus/AWSLogs/111122223333/CloudTrail-Digest").toString()));
    assertThat(digests.get("files").asLong()).isZero();
    assertThat(digests.get("skippedFiles").asLong()).isZero();

    for (String[] bad :
        new String[][] {
          {"scan", "/no/such/dir"},
          {"scan", "x", "--since", "yesterday"},
          {"scan", "x", "--account", "12"},
          {"scan", "x", "--format", "xml"},
          {"scan"},
          {"scan", "s3://"},
          {"scan", "x", "--since", "2024-02-01", "--until", "2024-01-01"}
        }) {
      CliResult b = CliResult.run(bad);
      assertThat(b.exitCode()).as(String.join(" ", bad)).isEqualTo(ExitCodes.USAGE);
      assertThat(b.stderr()).startsWith("cloudtrail-schema: ").doesNotContain("\tat ");
      assertThat(b.stdout()).isEmpty();
    }
  }

  static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static void write(Path p, byte[] b) throws IOException {
    Files.write(p, b);
  }
}
