package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final Path RECORDS = Path.of("src/test/resources/records");

  @Test
  void handWrittenRecordsAreFullyExplained() {
    CliResult r = CliResult.run("check", RECORDS.toString()).succeeded();
    assertThat(r.stdout())
        .contains("events recognised:     8/8 (100.0%)")
        .contains("leaf fields explained: 201/201 (100.0%)");
  }

  @Test
  void findingsAreListedAndExitOne(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("log.json");
    Files.writeString(
        f,
        """
        {"Records": [
          {"eventSource": "iam.amazonaws.com", "eventName": "CreatePolicy",
           "requestParameters": {"policyName": "p", "policyDocument": "{}", "bogus": 1},
           "responseElements": {"policy": {"policyId": "ANPA1", "attachmentCount": "many"}}},
          {"eventSource": "iam.amazonaws.com", "eventName": "NotCreateUser"}
        ]}
        """);
    CliResult r = CliResult.run("check", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stdout())
        .contains("iam.amazonaws.com CreatePolicy: 1 record(s), 3/5 fields explained")
        .contains("unknown field  requestParameters.bogus (1)")
        .contains("wrong type     responseElements.policy.attachmentCount (1)")
        .contains("iam.amazonaws.com NotCreateUser (1): NotCreateUser is not an event of iam")
        .contains("events recognised:     1/2 (50.0%)");
  }

  /**
   * Issue 20: a record whose envelope says otherwise than the schema (an S3 object read logged as a
   * management event, a resource type the event does not name) is reported per event, counted in
   * the summary, and exits 1 like an unexplained field.
   */
  @Test
  void envelopeDisagreementsAreReported(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("log.json");
    Files.writeString(
        f,
        """
        {"Records": [
          {"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "eventType": "AwsApiCall",
           "readOnly": true, "managementEvent": true, "eventCategory": "Management",
           "requestParameters": {"bucketName": "b", "key": "k"}, "responseElements": null,
           "resources": [{"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::b/k"},
                         {"type": "AWS::KMS::Key", "ARN": "arn:aws:kms:us-east-1:111122223333:key/x"}]},
          {"eventSource": "kms.amazonaws.com", "eventName": "Decrypt", "eventType": "AwsApiCall",
           "readOnly": true, "managementEvent": true, "eventCategory": "Management",
           "requestParameters": null, "responseElements": null,
           "resources": [{"type": "AWS::KMS::Key", "ARN": "arn:aws:kms:us-east-1:111122223333:key/x"}]}
        ]}
        """);
    CliResult r = CliResult.run("check", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stdout())
        .contains("s3.amazonaws.com GetObject: 1 record(s)")
        .contains("envelope       eventCategory Management (schema: Data) (1)")
        .contains("envelope       managementEvent true (schema: false) (1)")
        .contains(
            "envelope       resources type AWS::KMS::Key (schema: AWS::S3::Object,"
                + " AWS::S3::Bucket, AWS::S3::AccessPoint) (1)")
        .doesNotContain("kms.amazonaws.com Decrypt")
        .contains("envelope facts agreeing: 5/8 (62.5%)");
  }

  /**
   * Issue 8: a field matched only by an alternative spelling is explained, but reported apart from
   * those the shown name explains (a rule written with the shown name would miss it).
   */
  @Test
  void fieldsExplainedOnlyByAnAlternativeSpellingAreReportedApart(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("log.json");
    Files.writeString(
        f,
        """
        {"Records": [
          {"eventSource": "secretsmanager.amazonaws.com", "eventName": "DeleteSecret",
           "requestParameters": {"secretId": "s"},
           "responseElements": {"aRN": "arn:aws:secretsmanager:us-east-1:1:secret:s", "name": "s"}},
          {"eventSource": "lambda.amazonaws.com", "eventName": "AddPermission20150331",
           "requestParameters": {"functionName": "f"}, "responseElements": null}
        ]}
        """);
    CliResult r = CliResult.run("check", f.toString()).succeeded();
    assertThat(r.stdout())
        .contains("leaf fields explained: 4/4 (100.0%)")
        .contains("by the shown name:   2/4 (50.0%)")
        .contains("only by an alternative spelling: 2")
        .contains("alternative    responseElements.aRN (1): not the shown name")
        .contains("alternative    requestParameters.functionName (1): not the shown name");
  }

  @Test
  void malformedInputIsReportedPerFileCountedAndSkipped(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("corrupt.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          "{\"Records\": [{\"eventSource\": \"iam.amazonaws.com\", \"eventName\": \"GetUser\"}]}"
              .getBytes());
    }
    byte[] bytes = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length - 12)); // truncated gzip
    Files.writeString(
        dir.resolve("truncated.json"), "{\"Records\": [{\"eventSource\": \"iam.amazon");
    Files.writeString(dir.resolve("other.json"), "{\"hello\": \"world\"}");
    Files.writeString(
        dir.resolve("good.json"),
        "{\"eventSource\": \"iam.amazonaws.com\", \"eventName\": \"GetUser\", \"requestParameters\": {\"userName\": \"bob\"}}");
    CliResult r = CliResult.run("check", "--format", "json", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stderr().lines())
        .hasSize(3)
        .allMatch(l -> l.startsWith("cloudtrail-schema: ") && l.contains("skipped"));
    JsonNode json = new ObjectMapper().readTree(r.stdout());
    assertThat(json.get("files").asInt()).isEqualTo(4);
    assertThat(json.get("skippedFiles").asInt()).isEqualTo(3);
    assertThat(json.get("records").asInt()).isEqualTo(1);
    assertThat(json.get("explained").asInt()).isEqualTo(json.get("leaves").asInt()).isEqualTo(1);
    assertThat(json.get("skipped").findValuesAsText("problem"))
        .containsExactlyInAnyOrder("CORRUPT_GZIP", "TRUNCATED_JSON", "NOT_CLOUDTRAIL");
  }

  @Test
  void readsStdinAndEventBridgeEnvelopes() {
    String envelope =
        "{\"version\": \"0\", \"detail-type\": \"AWS API Call via CloudTrail\", \"source\": \"aws.iam\", "
            + "\"detail\": {\"eventSource\": \"iam.amazonaws.com\", \"eventName\": \"DeleteUser\", \"requestParameters\": {\"userName\": \"bob\"}}}";
    CliResult r = CliResult.runWithStdin(envelope + "\n", "check", "-").succeeded();
    assertThat(r.stdout()).contains("leaf fields explained: 1/1 (100.0%)");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    CliResult.run("check", "/no/such/file.json").failedWithOneLine(ExitCodes.USAGE);
    CliResult.run("check", "--format", "xml", RECORDS.toString())
        .failedWithOneLine(ExitCodes.USAGE);
  }
}
