package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cloudtrail-schema search} end to end, in-process, on the embedded index. */
class SearchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search", "--format", "json"));
    all.addAll(List.of(args));
    CliResult r = CliResult.run(all.toArray(String[]::new)).succeeded();
    JsonNode hits = JSON.readTree(r.stdout());
    assertThat(hits.isArray()).isTrue();
    return hits;
  }

  @Test
  void aQuestionFindsItsEventFirstWithTheCommandThatShowsIt() {
    CliResult r =
        CliResult.run(
                "search", "someone", "opened", "a", "security", "group", "to", "the", "internet")
            .succeeded();
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines.get(0)).contains("EVENT SOURCE", "EVENT NAME", "MATCHED", "SUMMARY");
    assertThat(lines.get(1))
        .startsWith("1 ")
        .contains("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "security", "internet");
    assertThat(lines.get(2).strip())
        .isEqualTo("cloudtrail-schema ec2.AuthorizeSecurityGroupIngress");
    assertThat(lines).hasSize(1 + 2 * 10);
  }

  @Test
  void jsonHasTheIssuesFieldsBestFirstAndEveryCommandRuns() throws Exception {
    JsonNode hits = json("logging", "was", "turned", "off");
    assertThat(hits).hasSize(10);
    double last = Double.MAX_VALUE;
    for (JsonNode h : hits) {
      assertThat(h.has("eventSource") && h.has("eventName") && h.has("readOnly")).isTrue();
      double score = h.get("score").asDouble();
      assertThat(score).isPositive().isLessThanOrEqualTo(last);
      last = score;
      String command = h.get("command").asText();
      assertThat(command).startsWith("cloudtrail-schema ");
      CliResult.run(command.substring("cloudtrail-schema ".length())).succeeded();
    }
    assertThat(hits.get(0).get("eventName").asText()).isEqualTo("StopLogging");
  }

  @ParameterizedTest
  @CsvSource({
    "RunInstance, ec2.amazonaws.com, RunInstances",
    "createfunction, lambda.amazonaws.com, CreateFunction20150331",
    "CreateTag, ec2.amazonaws.com, CreateTags",
    "AuthorizeSecurityGroupIngres, ec2.amazonaws.com, AuthorizeSecurityGroupIngress",
    "consolelogin, signin.amazonaws.com, ConsoleLogin"
  })
  void aNearMissEventNameFindsItsEventFirst(String typed, String source, String name)
      throws Exception {
    JsonNode first = json(typed).get(0);
    assertThat(first.get("eventSource").asText()).isEqualTo(source);
    assertThat(first.get("eventName").asText()).isEqualTo(name);
  }

  @Test
  void fieldFindsEventsWhoseRecordHasIt() throws Exception {
    JsonNode hits = json("--field", "cidrIp", "--limit", "50");
    assertThat(hits.size()).isBetween(5, 49);
    for (JsonNode h : hits) {
      assertThat(h.get("fieldPath").asText()).endsWithIgnoringCase(".cidrIp");
    }
    assertThat(hits.findValuesAsText("eventName")).contains("AuthorizeSecurityGroupIngress");
  }

  @Test
  void fieldNamesAreCaseInsensitiveAndCombineWithWordsAndService() throws Exception {
    JsonNode hits = json("--field", "POLICYDOCUMENT", "--service", "iam", "role");
    assertThat(hits.size()).isPositive();
    for (JsonNode h : hits) {
      assertThat(h.get("eventSource").asText()).isEqualTo("iam.amazonaws.com");
      assertThat(h.get("fieldPath").asText()).endsWith(".policyDocument");
    }
    assertThat(hits.get(0).get("eventName").asText()).contains("Role");
  }

  @Test
  void serviceAcceptsEveryAliasASelectorDoes() throws Exception {
    JsonNode byName = json("--service", "iam", "policy", "changed");
    assertThat(json("--service", "aws.iam", "policy", "changed")).isEqualTo(byName);
    assertThat(json("--service", "iam.amazonaws.com", "policy", "changed")).isEqualTo(byName);
    assertThat(byName.findValuesAsText("eventSource")).containsOnly("iam.amazonaws.com");
  }

  @Test
  void serviceKeepsTheServicesCuratedEvents() throws Exception {
    JsonNode hits = json("--service", "ec2", "shared", "snapshot", "volume", "created");
    assertThat(hits.findValuesAsText("eventName")).contains("SharedSnapshotVolumeCreated");
  }

  @Test
  void mutatingLeavesOutReadOnlyEvents() throws Exception {
    JsonNode all = json("who", "read", "a", "secret");
    assertThat(all.findValuesAsText("readOnly")).contains("true");
    JsonNode mutating = json("--mutating", "who", "read", "a", "secret");
    assertThat(mutating.size()).isPositive();
    assertThat(mutating.findValuesAsText("readOnly")).containsOnly("false");
  }

  @Test
  void limitCapsTheHits() throws Exception {
    assertThat(json("--limit", "3", "bucket", "policy")).hasSize(3);
    assertThat(json("--limit=1", "bucket", "policy")).hasSize(1);
  }

  @Test
  void nonApiEventsAreSearchable() throws Exception {
    JsonNode first = json("console", "login", "without", "MFA").get(0);
    assertThat(first.get("eventName").asText()).isEqualTo("ConsoleLogin");
    assertThat(first.get("apiCall").asBoolean()).isFalse();
  }

  @Test
  void theLeanPathAndPicocliAgree() {
    String[][] runs = {
      {"search", "bucket", "made", "public"},
      {"search", "--format", "json", "--limit", "4", "--mutating", "key", "disabled"},
      {"search", "--field=ipPermissions", "--service=ec2", "--limit=5"},
    };
    for (String[] args : runs) {
      assertThat(SearchRequest.parseLean(args)).as("lean parse of %s", List.of(args)).isNotNull();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CliContext ctx =
          new CliContext(
              new PrintWriter(out),
              new PrintWriter(err),
              java.io.InputStream.nullInputStream(),
              CliResult.EMBEDDED_MODELS,
              false,
              false);
      int code = PicocliCli.commandLine(ctx).execute(args);
      ctx.out().flush();
      assertThat(code).isZero();
      assertThat(CliResult.run(args).succeeded().stdout()).isEqualTo(out.toString());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "search|search needs words",
        "search --mutating|search needs words",
        "search --service nosuchservice bucket|unknown service 'nosuchservice'",
        "search --limit 0 bucket|--limit must be at least 1",
        "search --limit -3 bucket|--limit must be at least 1",
        "search the a was|only common words",
        "search --format xml bucket|unknown format 'xml'"
      })
  void badInputGetsAOneLineErrorAndExitCode2(String command, String message) {
    CliResult r = CliResult.run(command.split(" ")).failedWithOneLine(ExitCodes.USAGE);
    assertThat(r.stderr()).contains(message);
  }

  @Test
  void nothingFoundExitsWith1() {
    CliResult r = CliResult.run("search", "--service", "signin", "bucket", "lifecycle");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stderr()).startsWith("cloudtrail-schema: no event matches 'bucket lifecycle'");
    // issue 24: a field no event has is nothing found too (it was exit code 2)
    CliResult field = CliResult.run("search", "--field", "nosuchfieldanywhere");
    assertThat(field.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(field.stderr())
        .isEqualTo("cloudtrail-schema: no event has a field 'nosuchfieldanywhere'\n");
    CliResult near = CliResult.run("search", "--field", "cidrIpp");
    assertThat(near.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(near.stderr()).contains("did you mean ").hasLineCount(1);
  }
}
