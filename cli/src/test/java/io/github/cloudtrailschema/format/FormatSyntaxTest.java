package io.github.cloudtrailschema.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cloudtrailschema.testing.CliResult;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pasteable formats parse in their own languages and say what they should. */
class FormatSyntaxTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  static String run(String selector, String format) {
    CliResult r = CliResult.run(selector, "--format", format);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.stdout();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "iam.CreatePolicy",
        "ec2.RunInstances",
        "s3.PutBucketPolicy",
        "lambda.CreateFunction20150331",
        "dynamodb.PutItem",
        "s3.CreateBucket",
        "ec2.CreateVolume",
        "ec2.DescribeInstances",
        "sts.GetSessionToken",
        "cognito-idp.InitiateAuth"
      })
  void everyPasteableFormatParses(String selector) throws Exception {
    JsonNode custodian = YAML.readTree(run(selector, "custodian"));
    assertThat(custodian.at("/policies/0/mode/type").asText()).isEqualTo("cloudtrail");
    assertThat(custodian.at("/policies/0/mode/events/0").isMissingNode()).isFalse();

    JsonNode sigma = YAML.readTree(run(selector, "sigma"));
    assertThat(sigma.at("/logsource/product").asText()).isEqualTo("aws");
    assertThat(sigma.at("/logsource/service").asText()).isEqualTo("cloudtrail");
    assertThat(sigma.at("/detection/selection/eventSource").asText()).endsWith(".amazonaws.com");
    assertThat(sigma.at("/detection/condition").asText()).isEqualTo("selection");

    JsonNode pattern = JSON.readTree(run(selector, "eventbridge"));
    assertThat(pattern.at("/detail-type/0").asText()).endsWith("via CloudTrail");
    assertThat(pattern.at("/detail/eventName/0").asText()).isNotEmpty();

    Statement sql =
        CCJSqlParserUtil.parse(
            run(selector, "athena").replaceAll("(?m)^--.*\\n", "").replace(";", ""));
    assertThat(sql).isInstanceOf(PlainSelect.class);
    assertThat(((PlainSelect) sql).getWhere().toString()).contains("eventsource = '", "eventname");

    JsonNode schema = JSON.readTree(run(selector, "json-schema"));
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    JsonNode example = JSON.readTree(run(selector, "example"));
    assertThat(example.get("eventVersion").asText()).isEqualTo("1.11");
  }

  @Test
  void custodianUsesItsShortcutsAndOtherwiseAnIdentifier() throws Exception {
    JsonNode run = YAML.readTree(run("ec2.RunInstances", "custodian"));
    assertThat(run.at("/policies/0/mode/events/0").asText()).isEqualTo("RunInstances");
    assertThat(run.at("/policies/0/resource").asText()).isEqualTo("aws.ec2");
    // c7n subscribes a shortcut by its own name: CreateFunction would wait for an event Lambda
    // never logs (it logs CreateFunction20150331)
    JsonNode lambda = YAML.readTree(run("lambda.CreateFunction20150331", "custodian"));
    assertThat(lambda.at("/policies/0/mode/events/0/event").asText())
        .isEqualTo("CreateFunction20150331");
    assertThat(lambda.at("/policies/0/mode/events/0/ids").asText())
        .isEqualTo("requestParameters.functionName");
    JsonNode policy = YAML.readTree(run("s3.PutBucketPolicy", "custodian"));
    assertThat(policy.at("/policies/0/mode/events/0/ids").asText())
        .isEqualTo("requestParameters.bucketName");
    assertThat(policy.at("/policies/0/resource").asText()).isEqualTo("aws.s3");
    assertThat(run("iam.CreatePolicy", "custodian"))
        .contains("resource: aws.iam-policy", "#   detail.requestParameters.policyName");
  }

  @Test
  void readOnlyEventsGetAWarningOnStderrAndAValidPattern() throws Exception {
    CliResult r = CliResult.run("ec2.DescribeInstances", "--format", "eventbridge");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).contains("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    assertThat(JSON.readTree(r.stdout()).at("/detail/eventSource/0").asText())
        .isEqualTo("ec2.amazonaws.com");
    assertThat(CliResult.run("iam.CreatePolicy", "--format", "eventbridge").stderr()).isEmpty();
    assertThat(CliResult.run("sts.GetSessionToken", "--format", "eventbridge").stderr()).isEmpty();
  }

  @Test
  void eventBridgeWrapsExampleAndSchema() throws Exception {
    JsonNode e =
        JSON.readTree(
            CliResult.run("iam.CreatePolicy", "-f", "example", "--eventbridge")
                .succeeded()
                .stdout());
    assertThat(e.get("version").asText()).isEqualTo("0");
    assertThat(e.get("detail-type").asText()).isEqualTo("AWS API Call via CloudTrail");
    assertThat(e.get("source").asText()).isEqualTo("aws.iam");
    assertThat(e.at("/detail/eventName").asText()).isEqualTo("CreatePolicy");
    JsonNode s =
        JSON.readTree(
            CliResult.run("iam.CreatePolicy", "-f", "json-schema", "--eventbridge")
                .succeeded()
                .stdout());
    assertThat(s.at("/properties/detail/properties/eventName/const").asText())
        .isEqualTo("CreatePolicy");
  }

  @Test
  void examplesWriteTimestampsAsTheServiceLogsThem() throws Exception {
    assertThat(
            JSON.readTree(run("iam.CreatePolicy", "example"))
                .at("/responseElements/policy/createDate")
                .asText())
        .isEqualTo("Oct 22, 2024 3:21:35 PM");
    assertThat(
            JSON.readTree(run("ec2.RunInstances", "example"))
                .at("/responseElements/instancesSet/items/0/launchTime")
                .isNumber())
        .isTrue();
    assertThat(
            JSON.readTree(run("lambda.CreateFunction20150331", "example"))
                .at("/responseElements/lastModified")
                .asText())
        .isNotEmpty();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliResult r = CliResult.run("iam.CreatePolicy", "--format", "xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("unknown format 'xml'", "json-schema");
  }
}
