package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.TestCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's round trip on real records: {@code learn} over the dev corpus's invictus-ir records
 * (an hour of one real account's log), then {@code check} on the same records: every event
 * recognised, every field explained, the learned ones counted "from your logs"; and not one of the
 * records' values in the overlay. The records come from {@link TestCorpus}: the full corpus in
 * {@code ../shared} where it lies, else the committed subset; they are copied only into a temporary
 * folder.
 */
class LearnCorpusTest {
  private static final List<String> PARTS =
      List.of("requestParameters", "responseElements", "additionalEventData", "serviceEventDetails");

  @TempDir Path dir;

  @Test
  void learnThenCheckExplainsEveryFieldAndTheOverlayHoldsNoValue() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Path logs = dir.resolve("invictus.jsonl");
    Set<String> values = new HashSet<>();
    Set<String> keys = new HashSet<>();
    Set<String> names = new HashSet<>();
    int records = 0;
    try (var w = Files.newBufferedWriter(logs, StandardCharsets.UTF_8)) {
      for (JsonNode record : TestCorpus.records()) {
        if (record.path("_source").asText().startsWith("invictus-ir/")) {
          w.write(mapper.writeValueAsString(record));
          w.newLine();
          records++;
          for (String part : PARTS) {
            collect(record.get(part), values, keys);
          }
          names.add(record.path("eventSource").asText());
          names.add(record.path("eventName").asText());
        }
      }
    }
    assertThat(records).isGreaterThan(TestCorpus.full() ? 1000 : 200);
    Path overlay = dir.resolve("overlay.json");

    CliResult learned = CliResult.run("learn", "--overlay", overlay.toString(), logs.toString());
    learned.succeeded();
    CliResult checked =
        CliResult.run("check", "--overlay", overlay.toString(), logs.toString(), "--format", "json");
    checked.succeeded(); // exit 0: nothing unrecognised, nothing unexplained
    JsonNode c = mapper.readTree(checked.stdout());
    assertThat(c.path("records").asLong()).isEqualTo(records);
    assertThat(c.path("recognised").asLong()).isEqualTo(records);
    assertThat(c.path("explained").asLong()).isEqualTo(c.path("leaves").asLong());
    assertThat(c.path("explainedByLogs").asLong()).isPositive();
    assertThat(c.path("recognisedFromLogs").asLong()).isPositive();
    // Without the overlay the same records are not all explained: the overlay did that.
    JsonNode without =
        mapper.readTree(CliResult.run("check", logs.toString(), "--format", "json").stdout());
    assertThat(without.path("explained").asLong()).isLessThan(without.path("leaves").asLong());

    // The overlay holds names and types: no value of the records' parts, except strings that the
    // records also use as names, of a key or of an event ("Name", "s3.amazonaws.com" as the value
    // of a request's invokedBy): a name is a name, wherever it stands.
    String text = Files.readString(overlay);
    for (String v : values) {
      if (!keys.contains(v) && !names.contains(v) && v.length() >= 3) {
        assertThat(text).as("a value in the overlay").doesNotContain("\"" + v + "\"");
        assertThat(text).as("a value in a path").doesNotContain("." + v + "\"", "." + v + ".", "." + v + "[");
      }
    }
  }

  private static void collect(JsonNode node, Set<String> values, Set<String> keys) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        keys.add(e.getKey());
        collect(e.getValue(), values, keys);
      }
    } else if (node.isArray()) {
      node.forEach(e -> collect(e, values, keys));
    } else if (!node.isNull()) {
      values.add(node.asText());
    }
  }
}
