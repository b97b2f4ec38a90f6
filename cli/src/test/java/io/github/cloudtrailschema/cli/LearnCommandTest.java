package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code learn} end to end on a few hand-written records, the embedded models pinned: what it
 * learns, how every command shows it beside the models, how runs add up, and how a bad overlay is
 * refused. The corpus round trip is {@link LearnCorpusTest}.
 */
class LearnCommandTest {
  @TempDir Path dir;

  private Path logs;
  private Path overlay;

  /**
   * A RunInstances response with a field EC2's model lacks (in a list the model has), an event no
   * model has under a known source, and a source no model has.
   */
  private static final String RECORDS =
      String.join(
          "\n",
          "{\"eventSource\": \"ec2.amazonaws.com\", \"eventName\": \"RunInstances\","
              + " \"eventTime\": \"2026-11-02T10:00:00Z\", \"requestParameters\": null,"
              + " \"responseElements\": {\"instancesSet\": {\"items\": [{\"instanceId\":"
              + " \"i-0123456789abcdef0\", \"quantumSlot\": \"slot-secret-7d1f\"}]}}}",
          "{\"eventSource\": \"ec2.amazonaws.com\", \"eventName\": \"RunInstances\","
              + " \"eventTime\": \"2026-12-01T10:00:00Z\", \"requestParameters\": null,"
              + " \"responseElements\": {\"instancesSet\": {\"items\": [{\"instanceId\":"
              + " \"i-0fedcba987654321f\", \"quantumSlot\": \"slot-hidden-19ab\"}]}}}",
          "{\"eventSource\": \"ec2.amazonaws.com\", \"eventName\": \"WarpInstances\","
              + " \"eventTime\": \"2026-11-05T10:00:00Z\", \"requestParameters\": {\"warpFactor\":"
              + " 9, \"tags\": {\"Owner\": \"alice-private\", \"i-0aaaabbbbcccc1234\": \"x\"}},"
              + " \"responseElements\": null}",
          "{\"eventSource\": \"teleport.amazonaws.com\", \"eventName\": \"BeamUp\","
              + " \"eventTime\": \"2026-11-06T10:00:00Z\", \"requestParameters\": {\"crew\":"
              + " [{\"name\": \"kirk-confidential\"}]}, \"responseElements\": {\"ok\": true}}",
          "");

  @BeforeEach
  void write() throws Exception {
    logs = dir.resolve("logs.jsonl");
    Files.writeString(logs, RECORDS);
    overlay = dir.resolve("overlay.json");
  }

  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  private CliResult learn() {
    return run("learn", "--overlay", overlay.toString(), logs.toString());
  }

  @Test
  void learnsNamesAndTypesOnlyNeverAValue() throws Exception {
    CliResult r = learn().succeeded();
    assertThat(r.stdout())
        .startsWith(
            "learned from 4 record(s) in 1 file(s): 2 event(s) no model has, 6 field path(s)")
        .contains("overlay: " + overlay + " (3 event(s), 6 field path(s))");
    String text = Files.readString(overlay);
    JsonNode json = new ObjectMapper().readTree(text);
    assertThat(json.path("format").asText()).isEqualTo("cloudtrail-schema overlay");
    assertThat(text)
        .contains("\"responseElements.instancesSet[].quantumSlot\"")
        .contains("\"requestParameters.tags.Owner\"", "\"requestParameters.tags.*\"")
        .contains("\"requestParameters.crew[].name\"", "\"integer\"", "\"boolean\"")
        .doesNotContain(
            "slot-secret-7d1f",
            "slot-hidden-19ab",
            "alice-private",
            "kirk-confidential",
            "i-0aaaabbbbcccc1234",
            "i-0123456789abcdef0");
  }

  @Test
  void everyCommandShowsWhatWasLearnedBesideTheModelsMarked(@TempDir Path work) throws Exception {
    learn().succeeded();
    String o = overlay.toString();
    String tree = run("--overlay", o, "ec2.RunInstances.output").succeeded().stdout();
    assertThat(tree)
        .contains("\"instanceId\": \"string\"") // the model's names stay
        .contains("\"quantumSlot\": \"string\"  // seen in your logs: 2 records, 2026-11-02 … 2026-12-01");
    assertThat(run("ec2.RunInstances.output").succeeded().stdout()).doesNotContain("quantumSlot");
    assertThat(run("--overlay", o, "ec2").succeeded().stdout())
        .containsPattern("WarpInstances +No model has this event: seen in your logs: 1 record");
    assertThat(run("--overlay", o).succeeded().stdout())
        .containsPattern("(?m)^teleport +teleport\\.amazonaws\\.com .* learned ");
    assertThat(run("teleport.BeamUp", "--overlay", o).succeeded().stdout())
        .contains("\"name\": \"string\"  // seen in your logs: 1 record, 2026-11-06");
    assertThat(run("export", "--format", "paths", "ec2", "teleport", "--overlay", o).stdout())
        .contains("ec2.amazonaws.com\tWarpInstances\trequestParameters.warpFactor\tlong")
        .contains("teleport.amazonaws.com\tBeamUp\tresponseElements.ok\tboolean");
    assertThat(run("search", "warp", "instances", "--overlay", o).succeeded().stdout())
        .contains("WarpInstances");
    Path pattern = work.resolve("pattern.json");
    Files.writeString(
        pattern,
        "{\"source\": [\"aws.ec2\"], \"detail\": {\"eventSource\": [\"ec2.amazonaws.com\"],"
            + " \"eventName\": [\"WarpInstances\"], \"requestParameters\": {\"warpFactor\":"
            + " [9]}}}");
    run("lint", pattern.toString(), "--overlay", o).succeeded();
    assertThat(run("lint", pattern.toString()).exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run("models", "--overlay", o).succeeded().stdout())
        .contains(o + ": 3 event(s), 2 of them in no model; 6 field path(s)");
    assertThat(run("--version", "--overlay", o).succeeded().stdout())
        .contains("learned from your logs: " + o + " (3 events, 6 field paths)");
    // check: every field of the records explained, the learned ones from your logs
    CliResult check = run("check", logs.toString(), "--overlay", o, "--format", "json");
    check.succeeded();
    JsonNode c = new ObjectMapper().readTree(check.stdout());
    assertThat(c.path("recognised").asLong()).isEqualTo(4);
    assertThat(c.path("recognisedFromLogs").asLong()).isEqualTo(2);
    assertThat(c.path("explained").asLong()).isEqualTo(c.path("leaves").asLong());
    assertThat(c.path("explainedByLogs").asLong()).isEqualTo(7);
    assertThat(run("check", logs.toString()).exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void runsAddUpAndForgetRemovesIt() throws Exception {
    learn().succeeded();
    CliResult again = learn().succeeded();
    assertThat(again.stdout()).contains("added to what was learned before");
    assertThat(run("--overlay", overlay.toString(), "ec2.RunInstances.output").stdout())
        .contains("seen in your logs: 4 records, 2026-11-02 … 2026-12-01");
    assertThat(run("learn", "--forget", "--overlay", overlay.toString()).succeeded().stdout())
        .isEqualTo("removed the overlay " + overlay + "\n");
    assertThat(overlay).doesNotExist();
  }

  @Test
  void theDefaultOverlayLivesInTheCacheFolderAndNoneLeavesItOut() throws Exception {
    Map<String, String> env = new HashMap<>(CliResult.EMBEDDED_MODELS);
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    CliResult.run(InputStream.nullInputStream(), env, "learn", logs.toString()).succeeded();
    assertThat(dir.resolve("cache/cloudtrail-schema/overlay.json")).exists();
    assertThat(CliResult.run(InputStream.nullInputStream(), env, "ec2").succeeded().stdout())
        .contains("WarpInstances");
    assertThat(
            CliResult.run(InputStream.nullInputStream(), env, "ec2", "--overlay", "none")
                .succeeded()
                .stdout())
        .doesNotContain("WarpInstances");
    // Without a cache folder, there is no default place: say where.
    CliResult nowhere = run("learn", logs.toString());
    nowhere.failedWithOneLine(ExitCodes.USAGE);
    assertThat(nowhere.stderr()).contains("give --overlay FILE");
  }

  @Test
  void aCorruptOrForeignOverlayIsRefusedInOneLineAndNeverUsed() throws Exception {
    learn().succeeded();
    String good = Files.readString(overlay);
    Map<String, String> bad =
        Map.of(
            "{\"hello\": \"world\"}\n", "not a cloudtrail-schema overlay",
            good.substring(0, good.length() / 2), "not valid JSON",
            good.replace("\"version\" : 1", "\"version\" : 2"), "version 2",
            good.replace("\"records\" : 1,", "\"records\" : 1, \"value\": \"x\","),
                "unknown key \"value\"",
            good.replace("requestParameters.tags.Owner", "requestParameters.tags.i-0aaaabbbbcccc1234"),
                "a key that is data",
            good.replace("\"boolean\"", "\"password\""), "not a list of JSON types",
            good.replace("requestParameters.warpFactor", "userIdentity.arn"),
                "not a path of a record's parts");
    for (Map.Entry<String, String> b : bad.entrySet()) {
      Files.writeString(overlay, b.getKey());
      CliResult r = run("--overlay", overlay.toString(), "ec2");
      r.failedWithOneLine(ExitCodes.MODEL);
      assertThat(r.stderr()).as(b.getValue()).contains("refused: ").contains(b.getValue());
      // learn does not write over it either
      learn().failedWithOneLine(ExitCodes.MODEL);
      assertThat(Files.readString(overlay)).isEqualTo(b.getKey());
    }
    run("--overlay", dir.resolve("absent.json").toString(), "ec2").failedWithOneLine(ExitCodes.IO);
  }
}
