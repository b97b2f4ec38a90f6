package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.InstalledModelsTestAccess;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default models, end to end, on a fake machine: a {@code python3} on a PATH of its own that
 * answers with a fixture botocore (one service the embedded models lack, {@code fixture}), a HOME
 * of its own, and no system-wide sites ({@code CLOUDTRAIL_SCHEMA_SITES=}), so that nothing the real
 * machine has installed takes part.
 */
class DefaultModelsTest {
  @TempDir Path home;

  private Path data;
  private Path calls;

  @BeforeEach
  void install() throws Exception {
    data =
        InstalledModelsTestAccess.fakeBotocore(
            home.resolve("lib/python3.12/site-packages"), "1.43.11");
    calls = home.resolve("python-calls");
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path python = bin.resolve("python3");
    // Answers as the real question does (botocore's folder, then the site folders), and counts.
    Files.writeString(
        python,
        "#!/bin/sh\necho asked >> '"
            + calls
            + "'\necho '"
            + data.getParent()
            + "'\necho '"
            + data.getParent().getParent()
            + "'\n");
    Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Map<String, String> env() {
    return Map.of(
        "PATH", home.resolve("bin").toString(),
        "HOME", home.toString(),
        "XDG_CACHE_HOME", home.resolve("cache").toString(),
        "CLOUDTRAIL_SCHEMA_SITES", "");
  }

  private CliResult run(String... args) {
    return CliResult.run(InputStream.nullInputStream(), env(), args);
  }

  private CliResult atTerminal(String... args) {
    return CliResult.run(InputStream.nullInputStream(), env(), true, args);
  }

  private long pythonCalls() throws Exception {
    return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
  }

  @Test
  void everyCommandReadsTheNewestModelsInstalled(@TempDir Path work) throws Exception {
    assertThat(run("fixture.PutTree.output").succeeded().stdout()).contains("\"treeId\"");
    assertThat(run().succeeded().stdout())
        .containsPattern("(?m)^fixture +fixture\\.amazonaws\\.com .* botocore ");
    assertThat(run("export", "--format", "paths", "fixture").succeeded().stdout())
        .contains("fixture.amazonaws.com\tPutTree\t");
    assertThat(run("search", "PutTree").succeeded().stdout()).contains("PutTree");
    Path pattern = work.resolve("pattern.json");
    Files.writeString(
        pattern,
        "{\"source\": [\"aws.fixture\"], \"detail\": {\"eventSource\": [\"fixture.amazonaws.com\"],"
            + " \"eventName\": [\"PutTree\"]}}");
    run("lint", pattern.toString()).succeeded();
    Path record = work.resolve("record.json");
    Files.writeString(
        record,
        "{\"eventSource\": \"fixture.amazonaws.com\", \"eventName\": \"PutTree\","
            + " \"eventTime\": \"2026-01-01T00:00:00Z\", \"requestParameters\": null}\n");
    assertThat(run("check", record.toString()).stdout()).contains("events recognised:     1/1");
    assertThat(run("athena", "view", "fixture.PutTree").succeeded().stdout())
        .contains("CREATE OR REPLACE VIEW");
    // One look at the machine for all of these runs: the answer is kept, checked by its folders.
    assertThat(pythonCalls()).isEqualTo(1);
  }

  @Test
  void embeddedPinsTheEmbeddedModelsAsOptionOrEnvironment() {
    run("--models", "embedded", "fixture").failedWithOneLine(ExitCodes.USAGE);
    run("fixture", "--models", "embedded").failedWithOneLine(ExitCodes.USAGE);
    Map<String, String> pinned = new HashMap<>(env());
    pinned.put("CLOUDTRAIL_SCHEMA_MODELS", "embedded");
    CliResult.run(InputStream.nullInputStream(), pinned, "fixture")
        .failedWithOneLine(ExitCodes.USAGE);
    run("export", "--format", "paths", "fixture", "--models", "embedded")
        .failedWithOneLine(ExitCodes.USAGE);
  }

  @Test
  void globalOptionsStandBeforeOrAfterTheSubcommand() {
    String before = run("--models", "embedded", "export", "--format", "paths", "sts").succeeded().stdout();
    String after = run("export", "--format", "paths", "sts", "--models", "embedded").succeeded().stdout();
    assertThat(after).isEqualTo(before).contains("sts.amazonaws.com\tAssumeRole\t");
    assertThat(run("--color", "never", "models").succeeded().stdout())
        .isEqualTo(run("models", "--color", "never").succeeded().stdout());
    // A global option that only an event's tree uses is refused elsewhere, not ignored.
    CliResult docs = run("--docs", "export", "--format", "paths", "sts");
    docs.failedWithOneLine(ExitCodes.USAGE);
    assertThat(docs.stderr()).contains("--docs applies to an event's tree");
  }

  @Test
  void whichModelsIsSaidOnceAtATerminalAndAgainWhenTheyChange() throws Exception {
    CliResult first = atTerminal("sts.GetCallerIdentity.input");
    assertThat(first.exitCode()).isZero();
    assertThat(first.stderr())
        .contains("reading models for the first time")
        .contains(
            "cloudtrail-schema: now using the models of botocore 1.43.11 in "
                + data
                + " (found via python3 on PATH");
    CliResult second = atTerminal("sts.GetCallerIdentity.input");
    assertThat(second.stderr()).isEmpty();
    assertThat(second.stdout()).isEqualTo(first.stdout());
    assertThat(pythonCalls()).isEqualTo(1);
    // An upgrade in place rewrites botocore's files: looked for again, and said again.
    Path init = data.getParent().resolve("__init__.py");
    Files.writeString(init, "__version__ = '1.44.0'\n");
    Files.setLastModifiedTime(init, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    CliResult upgraded = atTerminal("sts.GetCallerIdentity.input");
    assertThat(upgraded.stderr()).contains("now using the models of botocore 1.44.0");
    assertThat(pythonCalls()).isEqualTo(2);
    assertThat(run("--version").succeeded().stdout())
        .contains("models: the models of botocore 1.44.0 in " + data);
  }

  @Test
  void notesNeverReachStdoutNorAStderrThatIsNoTerminal() {
    CliResult r = run("sts.GetCallerIdentity.input");
    r.succeeded();
    assertThat(r.stdout()).doesNotContain("cloudtrail-schema:");
    // Not said to a log: still to be said at the next terminal run.
    assertThat(atTerminal("sts.GetCallerIdentity.input").stderr()).contains("now using");
  }

  @Test
  void withNothingNewerTheEmbeddedModelsAgeIsSaidOnceADay() throws Exception {
    Map<String, String> bare =
        Map.of(
            "HOME", home.resolve("empty").toString(),
            "XDG_CACHE_HOME", home.resolve("cache").toString(),
            "CLOUDTRAIL_SCHEMA_SITES", "");
    CliResult first = CliResult.run(InputStream.nullInputStream(), bare, true, "sts");
    assertThat(first.exitCode()).isZero();
    assertThat(first.stderr().lines())
        .singleElement()
        .asString()
        .startsWith("cloudtrail-schema: note: no installed botocore found: the embedded models are of 2025-12")
        .contains("pip install --user boto3");
    assertThat(CliResult.run(InputStream.nullInputStream(), bare, true, "sts").stderr()).isEmpty();
    // A day later, once more.
    Path notices = home.resolve("cache/cloudtrail-schema/notices");
    Files.writeString(
        notices,
        Files.readString(notices).replace(LocalDate.now().toString(), LocalDate.now().minusDays(1).toString()));
    assertThat(CliResult.run(InputStream.nullInputStream(), bare, true, "sts").stderr())
        .contains("the embedded models are of 2025-12");
  }

  @Test
  void theNewestInstallationWins() throws Exception {
    InstalledModelsTestAccess.fakeBotocore(
        home.resolve(".local/lib/python3.11/site-packages"), "1.44.2");
    assertThat(run("--version").succeeded().stdout())
        .contains("models: the models of botocore 1.44.2 in " + home.resolve(".local"))
        .contains("(found via pip --user)");
    String models = run("models").succeeded().stdout();
    assertThat(models.indexOf("1.44.2")).isLessThan(models.indexOf("1.43.11"));
  }

  @Test
  void anUnusableInstallationLeavesTheEmbeddedModels() throws Exception {
    Path bad = data.resolve("fixture/2099-01-01/service-2.json.gz");
    Files.writeString(bad, "not gzip");
    CliResult r = run("sts.GetCallerIdentity.input");
    r.succeeded();
    run("fixture").failedWithOneLine(ExitCodes.USAGE);
    assertThat(run("--version").succeeded().stdout()).contains("cannot be used");
  }

  @Test
  void theModelsSaysWhichAreInUse() {
    assertThat(run("models").succeeded().stdout())
        .startsWith("In use: the models of botocore 1.43.11 in " + data);
    assertThat(run("models", "--models", "embedded").succeeded().stdout())
        .startsWith("In use: the embedded models (aws-java-sdk-models 1.12.797");
    assertThat(List.of(run("models", "--format", "json").succeeded().stdout()))
        .singleElement()
        .asString()
        .contains("\"inUse\" : \"the models of botocore 1.43.11");
  }
}
