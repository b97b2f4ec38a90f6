package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: one reading rule, the same counts in {@code scan}, {@code check} and {@code learn}:
 * records in = records counted + values reported skipped, for every kind of damaged file. (The
 * Spark job reads through the same RecordReader; InventoryJobTest checks its counts.)
 */
class ReadingRuleTest {
  private static final String R =
      "{\"eventVersion\":\"1.08\",\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"GetUser\","
          + "\"eventTime\":\"2026-01-01T00:00:00Z\",\"requestParameters\":{\"userName\":\"bob\"}}";

  @Test
  void scanCheckAndLearnCountTheSameRecordsAndSkips(@TempDir Path dir) throws IOException {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    // 5 records, the last cut: 4 counted, the one the cut broke skipped, the file reported
    Files.writeString(
        logs.resolve("cut.json"),
        "{\"Records\":[" + R + "," + R + "," + R + "," + R + ",{\"eventSource\":\"iam.am\n");
    // a second "Records": its 2 values skipped with the reason, not hidden
    Files.writeString(
        logs.resolve("dup.json"), "{\"Records\":[" + R + "],\"Records\":[" + R + "," + R + "]}");
    // JSON lines with a garbage line: 2 counted, 1 skipped
    Files.writeString(logs.resolve("lines.jsonl"), R + "\nnot json at all\n" + R + "\n");
    Files.write(logs.resolve("good.json.gz"), gzip("{\"Records\":[" + R + "," + R + "]}"));
    long in = 5 + 3 + 3 + 2;

    CliResult scan = CliResult.run("scan", "--format", "json", logs.toString());
    JsonNode j = new ObjectMapper().readTree(scan.stdout());
    long records = j.get("records").asLong();
    long skipped = j.get("skippedRecords").asLong();
    assertThat(records).isEqualTo(9);
    assertThat(records + skipped).isEqualTo(in);
    assertThat(j.get("skippedFiles").asLong()).isEqualTo(1);
    String counts = "skipped 1 file(s) and " + skipped + " value(s) that are not records";

    CliResult check = CliResult.run("check", logs.toString());
    assertThat(check.stdout()).contains(records + " record(s) in 4 file(s); " + counts);

    CliResult learn =
        CliResult.run("learn", "--overlay", dir.resolve("overlay.json").toString(), logs.toString());
    assertThat(learn.stdout())
        .startsWith("learned from " + records + " record(s) in 4 file(s)")
        .contains(counts);
    for (CliResult r : new CliResult[] {scan, check, learn}) {
      assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.stderr())
          .contains("cut.json: skipped: malformed JSON after 4 record(s)")
          .contains("dup.json: 2 value(s) skipped")
          .contains("lines.jsonl: 1 value(s) skipped");
    }
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }
}
