package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lint} end to end: each kind of mistake at its line and column with its suggestion,
 * correct files with no diagnostic at all, hostile files as one-line errors with a position.
 */
class LintCommandTest {
  private static final Path DIR = Path.of("src/test/resources/lint");

  private static CliResult lint(String... files) {
    String[] args = new String[files.length + 1];
    args[0] = "lint";
    for (int i = 0; i < files.length; i++) {
      args[i + 1] = DIR.resolve(files[i]).toString();
    }
    return CliResult.run(args);
  }

  /** Asserts the findings, in order, each given as the start of its line after the folder. */
  private static void assertFindings(CliResult r, String... expected) {
    List<String> lines =
        r.stdout().lines().map(l -> l.substring(l.indexOf("lint/") + "lint/".length())).toList();
    assertThat(lines).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(lines.get(i)).startsWith(expected[i]);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "custodian/good-iam-create-policy.yml",
        "custodian/good-vpc-peering-cross-account.yml",
        "custodian/good-shortcuts.yml",
        "eventbridge/good-create-policy.json",
        "eventbridge/good-console-login.json",
        "eventbridge/good-template.yml",
        "sigma/good-rule.yml"
      })
  void correctFilesHaveNoDiagnostic(String file) {
    CliResult r = lint(file).succeeded();
    assertThat(r.stdout()).isEmpty();
  }

  @Test
  void custodianEventMistakes() {
    CliResult r = lint("custodian/bad-events.yml");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertFindings(
        r,
        "custodian/bad-events.yml:7:11: error: 'CreateFunctio' is not one of Custodian's event"
            + " shortcuts; did you mean CreateFunction?",
        "custodian/bad-events.yml:9:18: error: CreateFunction is logged as CreateFunction20150331",
        "custodian/bad-events.yml:11:19: error: unknown event source 'iam'; did you mean"
            + " iam.amazonaws.com?",
        "custodian/bad-events.yml:15:18: error: no event named CreatPolicy in iam.amazonaws.com;"
            + " did you mean CreatePolicy?",
        "custodian/bad-events.yml:17:11: error: the event has no ids");
    assertThat(r.stderr()).isEqualTo("cloudtrail-schema: lint: 1 file(s): 5 error(s), 0 warning(s)\n");
  }

  @Test
  void custodianIdsMistakes() {
    assertFindings(
        lint("custodian/bad-ids.yml"),
        "custodian/bad-ids.yml:9:16: error: iam.amazonaws.com CreatePolicy has no field"
            + " responseElements.policyId; did you mean responseElements.policy.policyId?",
        "custodian/bad-ids.yml:12:16: error: ids responseElements.policy.arn points into"
            + " responseElements, which iam.amazonaws.com GetPolicy logs as null",
        "custodian/bad-ids.yml:15:16: warning: ids responseElements.instancesSet.items.instanceId"
            + " passes through the list responseElements.instancesSet.items without a projection"
            + " and yields null; did you mean responseElements.instancesSet.items[].instanceId?",
        "custodian/bad-ids.yml:18:16: error: ids is not valid JMESPath");
  }

  @Test
  void custodianFilterMistakes() {
    assertFindings(
        lint("custodian/bad-filters.yml"),
        "custodian/bad-filters.yml:12:14: error: ec2.amazonaws.com RunInstances has no field"
            + " requestParameters.instanceTyp; did you mean requestParameters.instanceType?",
        "custodian/bad-filters.yml:15:14: error: event filter keys are read from the EventBridge"
            + " event, where the record is under detail; did you mean"
            + " detail.requestParameters.instanceType?",
        "custodian/bad-filters.yml:19:16: error: 't2.mikro' is not a value"
            + " requestParameters.instanceType takes",
        "custodian/bad-filters.yml:23:16: error: op: in needs a list value",
        "custodian/bad-filters.yml:26:16: warning: compares the number 5 with"
            + " requestParameters.instanceType, a string field",
        "custodian/bad-filters.yml:28:14: error: ec2.amazonaws.com RunInstances has no field"
            + " requestParameters.maxCount; did you mean"
            + " requestParameters.instancesSet.items[].maxCount?",
        "custodian/bad-filters.yml:41:16: warning: compares the string '3600' with"
            + " requestParameters.maxSessionDuration, a number field",
        "custodian/bad-filters.yml:44:16: warning: a list value with op: eq");
    assertThat(lint("custodian/bad-filters.yml").stdout()).contains("did you mean t2.micro?");
  }

  @Test
  void eventPatternMistakes() {
    assertFindings(
        lint("eventbridge/bad-pattern.json"),
        "eventbridge/bad-pattern.json:4:3: error: EventBridge events have no top-level field"
            + " eventName; the CloudTrail record is under detail; did you mean detail.eventName?",
        "eventbridge/bad-pattern.json:6:42: error: EventBridge delivers events of s3.amazonaws.com"
            + " with source aws.s3",
        "eventbridge/bad-pattern.json:7:35: error: no event named CreatPolicy in any of"
            + " iam.amazonaws.com, s3.amazonaws.com; did you mean CreatePolicy?",
        "eventbridge/bad-pattern.json:7:50: warning: GetPolicy is read-only: EventBridge delivers"
            + " it only to rules in state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
        "eventbridge/bad-pattern.json:9:7: error: none of its events has a field"
            + " requestParameters.policyNam; did you mean requestParameters.policyName?");
    assertFindings(
        lint("eventbridge/bad-signin.json"),
        "eventbridge/bad-signin.json:3:19: error: ConsoleLogin is delivered with detail-type 'AWS"
            + " Console Sign In via CloudTrail'");
    assertFindings(
        lint("eventbridge/bad-syntax.json"),
        "eventbridge/bad-syntax.json:1:1: error: invalid event pattern: prefix match pattern must"
            + " be a string");
    assertFindings(
        lint("eventbridge/bad-template.yml"),
        "eventbridge/bad-template.yml:16:29: error: CreateFunction is logged as"
            + " CreateFunction20150331");
  }

  @Test
  void sigmaMistakes() {
    assertFindings(
        lint("sigma/bad-rule.yml"),
        "sigma/bad-rule.yml:12:9: error: no event named PassRole in any of iam.amazonaws.com,"
            + " lambda.amazonaws.com, s3.amazonaws.com",
        "sigma/bad-rule.yml:15:5: error: iam.amazonaws.com CreateUser has no field"
            + " requestParameters.usrName; did you mean requestParameters.userName?",
        "sigma/bad-rule.yml:18:16: error: no event named CreateFunction in lambda.amazonaws.com;"
            + " CreateFunction is logged as CreateFunction20150331",
        "sigma/bad-rule.yml:21:16: error: no event named PutLifecycleConfiguration in"
            + " s3.amazonaws.com",
        "sigma/bad-rule.yml:23:27: error: no CloudTrail event source matches"
            + " nosuchservice.amazonaws.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alias-bomb.yml:1:1: error: invalid YAML: Number of aliases for non-scalar nodes exceeds",
        "duplicate-key.yml:8:5: error: duplicate key 'resource'",
        "duplicate-key.json:3:11: error: invalid JSON: Duplicate field 'source'",
        "truncated.json:4:1: error: invalid JSON: Unexpected end-of-input: expected close marker"
            + " for Object (start marker at line 3, column 13)",
        "tabs.yml:3:1: error: invalid YAML: found character '\\t(TAB)' that cannot start any token",
        "recursive-alias.yml:1:11: error: recursive YAML alias"
      })
  void hostileYamlIsOneErrorWithAPosition(String expected) {
    String file = expected.substring(0, expected.indexOf(':'));
    CliResult r = lint("hostile/" + file);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertFindings(r, "hostile/" + expected);
  }

  @Test
  void notUtf8AndHugeFilesAreRefused(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.yml");
    Files.write(latin1, "policies:\n  - name: caf\u00e9\n".getBytes("ISO-8859-1"));
    Path huge = dir.resolve("huge.json");
    Files.write(huge, new byte[5 * 1024 * 1024]);
    CliResult r = CliResult.run("lint", latin1.toString(), huge.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stdout())
        .contains("huge.json:1:1: error: file is larger than 4 MiB")
        .contains("latin1.yml:2:14: error: not UTF-8: byte 0xE9 at offset 23");
  }

  @Test
  void jsonFormatFoldersAndStdin() throws IOException {
    CliResult r = CliResult.run("lint", "--format", "json", DIR.resolve("sigma").toString());
    JsonNode array = new ObjectMapper().readTree(r.stdout());
    assertThat(array).hasSize(5);
    JsonNode first = array.get(0);
    assertThat(first.get("file").asText()).endsWith("bad-rule.yml");
    assertThat(first.get("line").asInt()).isEqualTo(12);
    assertThat(first.get("column").asInt()).isEqualTo(9);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(array.get(1).get("suggestion").asText())
        .isEqualTo("did you mean requestParameters.userName?");
    assertThat(first.get("suggestion").isNull()).isTrue();

    String pattern = Files.readString(DIR.resolve("eventbridge/bad-signin.json"));
    CliResult in = CliResult.runWithStdin(pattern, "lint", "-");
    assertThat(in.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(in.stdout()).startsWith("-:3:19: error: ConsoleLogin is delivered with detail-type");
  }

  @Test
  void otherFilesAreCountedAsSkipped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("compose.yml"), "services:\n  web:\n    image: nginx\n");
    CliResult r = CliResult.run("lint", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "cloudtrail-schema: lint: 1 file(s): 0 error(s), 0 warning(s); skipped 1 file(s) that"
                + " are no Custodian policy, EventBridge pattern or CloudTrail Sigma rule\n");
  }

  @Test
  void badArgumentsAreOneLineErrors() {
    // a path that names nothing is bad usage, as in scan and check (issue 24: it was 4 here only)
    CliResult.run("lint", "no/such/file.yml").failedWithOneLine(ExitCodes.USAGE);
    CliResult.run("lint", "--format", "xml", DIR.toString()).failedWithOneLine(ExitCodes.USAGE);
  }
}
