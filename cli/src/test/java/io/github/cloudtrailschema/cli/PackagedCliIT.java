package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.Checkout;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged jar and the launcher script as users run them: separate processes, real stdout,
 * stderr and exit codes (run by Failsafe after {@code package}).
 */
@Timeout(300)
class PackagedCliIT {
  private static final Path JAR = Checkout.file("target/cloudtrail-schema.jar");
  private static final String LAUNCHER = Checkout.file("cloudtrail-schema").toString();

  private static CliResult run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("cts-out", ".txt");
    Path err = Files.createTempFile("cts-err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    // The embedded models, pinned: by default the tool reads the newest botocore this machine has.
    pb.environment().put("CLOUDTRAIL_SCHEMA_MODELS", "embedded");
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
    return new CliResult(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> jar(String... args) {
    List<String> c = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    c.addAll(List.of(args));
    return c;
  }

  @Test
  void theJarShowsAnEvent() throws Exception {
    CliResult r = run(jar("iam.CreatePolicy.output"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout())
        .contains("\"policyId\": \"string", "\"key\": \"string")
        .doesNotContain("\u001b[");
  }

  /** Through the jar and through the launcher alike: the error must reach the user's stderr. */
  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    for (List<String> command :
        List.of(jar("iam.CreatePolicyy"), List.of(LAUNCHER, "iam.CreatePolicyy"))) {
      CliResult r = run(command);
      assertThat(r.exitCode()).as("%s", command).isEqualTo(2);
      assertThat(r.stdout()).isEmpty();
      assertThat(r.stderr().lines())
          .as("%s", command)
          .containsExactly(
              "cloudtrail-schema: unknown operation 'CreatePolicyy' in iam; did you mean"
                  + " CreatePolicy? ('cloudtrail-schema iam' lists its operations)");
    }
  }

  @Test
  void theLauncherRunsWithItsClassDataSharingArchive() throws Exception {
    CliResult r = run(List.of(LAUNCHER, "--version"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).contains("381 services");
    assertThat(Checkout.file("target/cloudtrail-schema.jsa")).exists();
    CliResult again = run(List.of(LAUNCHER, "s3.PutBucketPolicy.input"));
    assertThat(again.exitCode()).isZero();
    assertThat(again.stderr()).isEmpty();
    assertThat(again.stdout()).contains("\"bucketPolicy\"");
  }

  @Test
  void exportWritesTheWholeCatalogue() throws Exception {
    CliResult r = run(List.of(LAUNCHER, "export", "--format", "paths"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout().lines().count()).isGreaterThan(200_000);
    assertThat(r.stdout())
        .contains("iam.amazonaws.com\tCreatePolicy\tresponseElements.policy.policyId\tstring");
  }

  /**
   * Issue 24: the first build took minutes with one line of output. The launcher, in a clone
   * without a jar, with a stand-in for Maven that prints what Maven prints and leaves the jar: its
   * stderr shows a line per module and a dot per step, then the tool runs.
   */
  @Test
  void theLauncherShowsTheFirstBuildsProgress(@org.junit.jupiter.api.io.TempDir Path clone)
      throws Exception {
    Files.copy(Path.of(LAUNCHER), clone.resolve("cloudtrail-schema"));
    clone.resolve("cloudtrail-schema").toFile().setExecutable(true);
    for (String dir : new String[] {"core/src/main", "cli/src/main"}) {
      Files.createDirectories(clone.resolve(dir));
    }
    for (String pom : new String[] {"pom.xml", "core/pom.xml", "cli/pom.xml"}) {
      Files.writeString(clone.resolve(pom), "<project/>\n");
    }
    Path bin = Files.createDirectories(clone.resolve("bin"));
    Files.writeString(
        bin.resolve("mvn"),
        String.join(
            "\n",
            "#!/bin/sh",
            "for m in parent core; do",
            "  echo \"[INFO] -----< io.github.cloudtrailschema:cloudtrail-schema-$m >-----\"",
            "  echo \"[INFO] Building cloudtrail-schema-$m 0.1.0   [1/2]\"",
            "  echo '[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ x ---'",
            "  echo '[INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ x ---'",
            "done",
            "mkdir -p target",
            "cp -r '" + JAR.getParent().resolve("lib") + "' target/lib",
            "cp '" + JAR + "' target/cloudtrail-schema.jar",
            ""));
    bin.resolve("mvn").toFile().setExecutable(true);
    ProcessBuilder pb =
        new ProcessBuilder(clone.resolve("cloudtrail-schema").toString(), "--version")
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("CLOUDTRAIL_SCHEMA_NO_CDS", "1");
    Path out = Files.createTempFile("cts-out", ".txt");
    Path err = Files.createTempFile("cts-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(err).lines())
        .containsExactly(
            "cloudtrail-schema: first run: building "
                + clone.resolve("target/cloudtrail-schema.jar")
                + " with Maven (a few minutes the first time: Maven downloads the AWS models and"
                + " SDK)...",
            "  building cloudtrail-schema-parent [1/2] ..",
            "  building cloudtrail-schema-core [1/2] ..",
            "cloudtrail-schema: built " + clone.resolve("target/cloudtrail-schema.jar"));
    assertThat(Files.readString(out)).startsWith("cloudtrail-schema ");
  }
}
