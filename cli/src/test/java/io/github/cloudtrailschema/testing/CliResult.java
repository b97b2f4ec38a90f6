package io.github.cloudtrailschema.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.cli.CliContext;
import io.github.cloudtrailschema.cli.Main;
import io.github.cloudtrailschema.loading.UserModels;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The outcome of one CLI run, with fluent assertions: the harness every test runs the CLI through,
 * in-process ({@link #run}) or, for the packaged jar, as a process whose streams it keeps.
 */
public record CliResult(int exitCode, String stdout, String stderr) {
  /**
   * The environment of a run whose output must not depend on the machine: the embedded models
   * pinned, nothing else. Without the pin, the default merges the newest botocore installed here
   * (the python3 on PATH, the AWS CLI v2, system site-packages), and machines differ. The tests of
   * that default pass their own environment: a fake PATH, HOME and site list over fixture folders.
   */
  public static final Map<String, String> EMBEDDED_MODELS =
      Map.of(UserModels.ENV, UserModels.EMBEDDED);

  /** Runs {@code cloudtrail-schema ARGS} in-process: no terminal, the embedded models pinned. */
  public static CliResult run(String... args) {
    return run(InputStream.nullInputStream(), EMBEDDED_MODELS, args);
  }

  /** Runs with the given stdin, the embedded models pinned. */
  public static CliResult runWithStdin(String stdin, String... args) {
    return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with the given bytes on stdin (a gzipped log, say). */
  public static CliResult runWithStdin(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), EMBEDDED_MODELS, args);
  }

  public static CliResult run(InputStream in, Map<String, String> env, String... args) {
    return run(in, env, false, args);
  }

  /**
   * Runs with {@code env}, stderr a terminal when {@code stderrTerminal} (where notes and progress
   * go), stdout never.
   */
  public static CliResult run(
      InputStream in, Map<String, String> env, boolean stderrTerminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new CliContext(
                new PrintWriter(out), new PrintWriter(err), in, env, false, stderrTerminal),
            args);
    return new CliResult(code, out.toString(), err.toString());
  }

  public CliResult succeeded() {
    assertThat(exitCode).as("exit code; stderr: %s", stderr).isZero();
    assertThat(stderr).as("stderr").isEmpty();
    return this;
  }

  /** Failed with {@code code} and exactly one line on stderr, no stack trace, nothing on stdout. */
  public CliResult failedWithOneLine(int code) {
    assertThat(exitCode).as("exit code; stderr: %s", stderr).isEqualTo(code);
    assertThat(stderr.lines().count()).as("stderr lines: %s", stderr).isEqualTo(1);
    assertThat(stderr).startsWith("cloudtrail-schema: ").doesNotContain("\tat ", "Exception");
    assertThat(stdout).as("stdout").isEmpty();
    return this;
  }

  public CliResult stdoutMatchesGolden(String goldenPath) {
    Golden.assertMatches(goldenPath, stdout);
    return this;
  }
}
