package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import io.github.cloudtrailschema.testing.Checkout;

/**
 * The packaged jar and the launcher script as users run them: separate processes, real stdout,
 * stderr and exit codes (run by Failsafe after {@code package}).
 */
class PackagedCliIT {
  private static final Path JAR = Checkout.file("target/cloudtrail-schema.jar");
  private static final String LAUNCHER = Checkout.file("cloudtrail-schema").toString();

  record Run(int code, String out, String err) {}

  private static Run run(List<String> command) throws IOException, InterruptedException {
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
    return new Run(
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
    Run r = run(jar("iam.CreatePolicy.output"));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("\"policyId\": \"string", "\"key\": \"string")
        .doesNotContain("\u001b[");
  }

  /** Through the jar and through the launcher alike: the error must reach the user's stderr. */
  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    for (List<String> command :
        List.of(jar("iam.CreatePolicyy"), List.of(LAUNCHER, "iam.CreatePolicyy"))) {
      Run r = run(command);
      assertThat(r.code()).as("%s", command).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines())
          .as("%s", command)
          .containsExactly(
              "cloudtrail-schema: unknown operation 'CreatePolicyy' in iam; did you mean"
                  + " CreatePolicy? ('cloudtrail-schema iam' lists its operations)");
    }
  }

  @Test
  void theLauncherRunsWithItsClassDataSharingArchive() throws Exception {
    Run r = run(List.of(LAUNCHER, "--version"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("381 services");
    assertThat(Checkout.file("target/cloudtrail-schema.jsa")).exists();
    Run again = run(List.of(LAUNCHER, "s3.PutBucketPolicy.input"));
    assertThat(again.code()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(again.out()).contains("\"bucketPolicy\"");
  }

  @Test
  void exportWritesTheWholeCatalogue() throws Exception {
    Run r = run(List.of(LAUNCHER, "export", "--format", "paths"));
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().count()).isGreaterThan(200_000);
    assertThat(r.out())
        .contains("iam.amazonaws.com\tCreatePolicy\tresponseElements.policy.policyId\tstring");
  }
}
