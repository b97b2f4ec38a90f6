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
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
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
    assertThat(r.stdout()).contains("382 services");
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
}
