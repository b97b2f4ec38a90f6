package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.TestModels;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
  @Test
  void showsTheCreatePolicyResponseWithResolvedTags() {
    String out = CliResult.run("iam.CreatePolicy.output").succeeded().stdout();
    assertThat(out)
        .startsWith(
            "eventSource: iam.amazonaws.com  eventName: CreatePolicy  eventType: AwsApiCall  readOnly: false\n")
        .contains("Description:\n  Creates a new managed policy");
    assertThat(out).contains("Result (output: responseElements):", "\"policyId\": \"string");
    assertThat(out)
        .containsPattern("\"tags\": \\[\\s+\\{\\s+\"key\": \"string[^\\n]*\\n\\s+\"value\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "iam.amazonaws.com.CreatePolicy.output",
        "aws.iam.CreatePolicy.output",
        "IAM.createpolicy.output",
        "iam.CREATEPOLICY.OUTPUT",
        "Iam.CreatePolicy.Output"
      })
  void anyNameOfTheServiceAndAnyCaseWork(String selector) {
    assertThat(CliResult.run(selector).succeeded().stdout())
        .isEqualTo(CliResult.run("iam.CreatePolicy.output").stdout());
  }

  @Test
  void bothHalvesWhenNoDirectionIsGiven() {
    String out = CliResult.run("iam.CreatePolicy").succeeded().stdout();
    assertThat(out)
        .contains("Result (input: requestParameters):", "Result (output: responseElements):");
    assertThat(out.indexOf("input: requestParameters"))
        .isLessThan(out.indexOf("output: responseElements"));
  }

  @Test
  void missingOutputSaysCloudTrailLogsNull() {
    String out = CliResult.run("iam.DeletePolicy.output").succeeded().stdout();
    assertThat(out)
        .contains("DeletePolicy has no output: CloudTrail logs \"responseElements\": null")
        .endsWith("null\n");
  }

  @Test
  void missingInputSaysCloudTrailLogsNull() {
    String out =
        CliResult.run("--models", TestModels.FIXTURES.toString(), "fixture.NoInput.input")
            .succeeded()
            .stdout();
    assertThat(out).contains("NoInput has no input: CloudTrail logs \"requestParameters\": null");
  }

  @Test
  void recursiveShapesAreCutVisibly() {
    // DynamoDB's AttributeValue no longer shows (CloudTrail leaves attribute values out); Verified
    // Permissions' AttributeValue recurses through sets and records.
    String out = CliResult.run("verifiedpermissions.IsAuthorized.input").succeeded().stdout();
    assertThat(out).contains("\"<recursive AttributeValue: see above>\"");
  }

  @Test
  void docsShowMemberDocumentationAsComments() {
    String out = CliResult.run("iam.CreatePolicy.output", "--docs").succeeded().stdout();
    assertThat(out).contains("    // The stable and unique string identifying the policy.");
  }

  @Test
  void listsS3OperationsAndShowsTheirMembers() {
    assertThat(CliResult.run("s3").succeeded().stdout())
        .contains("PutBucketPolicy", "PutBucketPublicAccessBlock", "PutBucketAcl");
    assertThat(CliResult.run("s3.PutBucketPolicy.input").succeeded().stdout())
        .contains(
            "\"bucketName\"",
            "\"bucketPolicy\": {",
            "\"Effect\": \"string\"",
            "\"policy\": \"string, one of \\\"\\\"\"");
    assertThat(CliResult.run("s3.PutPublicAccessBlock.input").succeeded().stdout())
        .contains("\"PublicAccessBlockConfiguration\"", "\"BlockPublicAcls\": \"boolean\"");
    assertThat(CliResult.run("s3.PutBucketAcl.input").succeeded().stdout())
        .contains(
            "\"AccessControlPolicy\"",
            "\"Grant\": [",
            "\"x-amz-acl\": \"string, one of private | public-read");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "iamm.CreatePolicy | unknown service 'iamm'; did you mean iam",
        "iam.CreatePolicyy | unknown operation 'CreatePolicyy' in iam; did you mean CreatePolicy",
        "iam.CreatePolicy.foo | unknown direction 'foo' in 'iam.CreatePolicy.foo'; expected 'input' or 'output'",
        "iam.CreatePolicy.outptu | did you mean output?",
        "iam..CreatePolicy | has an empty segment",
        "iam.CreatePolicy. | has an empty segment",
        ".iam | has an empty segment",
        "iam.CreatePolicy.output.extra | has extra segments",
        "lex.PutBot | 'lex' names several services",
      })
  void badSelectorsGiveOneLineAndExitTwo(String selector, String message) {
    CliResult r = CliResult.run(selector).failedWithOneLine(ExitCodes.USAGE);
    assertThat(r.stderr()).contains(message);
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliResult r = CliResult.run("--frobnicate");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.stderr()).startsWith("cloudtrail-schema: Unknown option: '--frobnicate'");
    assertThat(r.stderr().lines().count()).isEqualTo(2);
  }

  @Test
  void malformedModelFolderIsAModelError() {
    CliResult r = CliResult.run("--models", TestModels.MALFORMED.toString(), "broken");
    r.failedWithOneLine(ExitCodes.MODEL);
    assertThat(r.stderr()).contains("broken-2020-01-01-model.json: not valid JSON");
  }

  @Test
  void versionNamesTheModels() {
    String out = CliResult.run("--version").succeeded().stdout();
    assertThat(out).contains("cloudtrail-schema", "aws-java-sdk-models 1.12.797", "381 services");
  }

  @Test
  void helpIsShownForEveryCommand() {
    assertThat(CliResult.run("--help").succeeded().stdout())
        .contains("Usage: cloudtrail-schema", "SELECTOR", "Exit codes:");
    assertThat(CliResult.run("completion", "--help").succeeded().stdout())
        .contains("Usage: cloudtrail-schema completion");
  }

  @Test
  void completionScriptAndCandidates() {
    assertThat(CliResult.run("completion", "bash").succeeded().stdout())
        .contains("complete -o nospace", "__complete");
    assertThat(CliResult.run("completion", "zsh").succeeded().stdout()).contains("bashcompinit");
    assertThat(CliResult.run("__complete", "ia").succeeded().stdout().lines()).contains("iam");
    assertThat(CliResult.run("__complete", "iam.CreateP").succeeded().stdout().lines())
        .containsExactly("iam.CreatePolicy", "iam.CreatePolicyVersion");
    assertThat(CliResult.run("__complete", "iam.CreatePolicy.o").succeeded().stdout().lines())
        .containsExactly("iam.CreatePolicy.output");
    CliResult.run("completion", "fish").failedWithOneLine(ExitCodes.USAGE);
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminalWithoutNoColor() {
    assertThat(CliResult.run("iam.CreatePolicy.output").stdout()).doesNotContain("\u001b[");
    assertThat(CliResult.run("iam.CreatePolicy.output", "--color=always").stdout())
        .contains("\u001b[34m");
    assertThat(ColorMode.auto.style(ctx(true, Map.of())).enabled()).isTrue();
    assertThat(ColorMode.auto.style(ctx(true, Map.of("NO_COLOR", "1"))).enabled()).isFalse();
    assertThat(ColorMode.auto.style(ctx(false, Map.of())).enabled()).isFalse();
  }

  @Test
  void terminalsAreToldFromFilesAndPipes() {
    assertThat(Main.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Main.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Main.isTerminalDevice("/tmp/inventory.json")).isFalse();
    assertThat(Main.isTerminalDevice("pipe:[12345]")).isFalse();
  }

  private static CliContext ctx(boolean terminal, Map<String, String> env) {
    var w = new java.io.PrintWriter(java.io.Writer.nullWriter());
    return new CliContext(w, w, java.io.InputStream.nullInputStream(), env, terminal, terminal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "iam", "iam.CreatePolicy.output", "ec2.RunInstances", "nosuch", "iam.Nope"})
  void leanStartUpPathBehavesLikePicocli(String selector) {
    String[] lean = selector.isEmpty() ? new String[0] : new String[] {selector};
    String[] viaPicocli =
        selector.isEmpty()
            ? new String[] {"--color=auto"}
            : new String[] {selector, "--color=auto"};
    assertThat(Main.isPlainShow(lean)).isTrue();
    assertThat(Main.isPlainShow(viaPicocli)).isFalse();
    assertThat(CliResult.run(lean)).isEqualTo(CliResult.run(viaPicocli));
  }

  @Test
  void subcommandNamesAreKnownToTheLeanPath() {
    var spec = PicocliCli.commandLine(ctx(false, Map.of())).getSubcommands().keySet();
    assertThat(RootCommand.SUBCOMMANDS).containsExactlyInAnyOrderElementsOf(spec);
  }
}
