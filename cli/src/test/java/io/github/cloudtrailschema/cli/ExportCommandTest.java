package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cloudtrailschema.testing.CliResult;
import io.trino.sql.parser.SqlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {
  @Test
  void pathsAreOneLinePerLeafWithSourceAndName() {
    String out = CliResult.run("export", "--format", "paths", "iam").succeeded().stdout();
    assertThat(out)
        .contains(
            "iam.amazonaws.com\tCreatePolicy\trequestParameters.policyName\tstring\n",
            "iam.amazonaws.com\tCreatePolicy\tresponseElements.policy.tags[].key\tstring\n");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.split("\t", -1).length).isBetween(4, 5));
    assertThat(out.lines())
        .allSatisfy(
            l ->
                assertThat(l.split("\t")[2])
                    .matches(
                        "-|(requestParameters|responseElements|additionalEventData|serviceEventDetails)[.\\[].*"));
  }

  /** Issue 8: alternatives are printed only on request, each on its own line, marked. */
  @Test
  void allSpellingsPrintsAlternativesMarked() {
    String plain =
        CliResult.run("export", "--format", "paths", "secretsmanager").succeeded().stdout();
    assertThat(plain)
        .contains("secretsmanager.amazonaws.com\tDeleteSecret\tresponseElements.arn\tstring")
        .doesNotContain("\tresponseElements.aRN\t");
    String all =
        CliResult.run("export", "--format", "paths", "--all-spellings", "secretsmanager", "lambda")
            .succeeded()
            .stdout();
    assertThat(all)
        .contains(
            "secretsmanager.amazonaws.com\tDeleteSecret\tresponseElements.aRN\tstring"
                + "\talso-logged-as-of responseElements.arn\n")
        .contains(
            "lambda.amazonaws.com\tAddPermission20150331\trequestParameters.functionName\tstring"
                + "\talso-logged-as-of AddPermission20150331v2\n");
  }

  @Test
  void eventsWithoutFieldsHaveOneDashLine() {
    String out = CliResult.run("export", "--format", "paths", "iam").succeeded().stdout();
    assertThat(out).contains("iam.amazonaws.com\tDeleteAccountPasswordPolicy\t-\t-\n");
  }

  @Test
  void mapsAndRecursionUseTheirMarkers() {
    String out =
        CliResult.run("export", "--format", "paths", "verifiedpermissions").succeeded().stdout();
    String prefix =
        "verifiedpermissions.amazonaws.com\tIsAuthorized\trequestParameters.entities.entityList[]";
    assertThat(out)
        .contains(
            prefix + ".attributes.*.string\tstring\n",
            prefix + ".attributes.*.record.*\trecursive\n");
  }

  @Test
  void jsonSchemaWritesOneFilePerEventAndAnIndex(@TempDir Path dir) throws Exception {
    CliResult.run("export", "--format", "json-schema", "--out", dir.toString(), "iam").succeeded();
    JsonNode index = new ObjectMapper().readTree(dir.resolve("index.json").toFile());
    assertThat(index.size()).isGreaterThan(100);
    assertThat(Files.exists(dir.resolve("iam/CreatePolicy.json"))).isTrue();
    assertThat(
            new ObjectMapper()
                .readTree(dir.resolve("iam/CreatePolicy.json").toFile())
                .get("$schema"))
        .isNotNull();
  }

  @Test
  void markdownWritesAnIndexAndAPagePerService(@TempDir Path dir) throws Exception {
    CliResult.run("export", "--format", "markdown", "--out", dir.toString(), "iam", "sts")
        .succeeded();
    assertThat(Files.readString(dir.resolve("index.md")))
        .contains("[iam](iam.md)", "[sts](sts.md)");
    assertThat(Files.readString(dir.resolve("iam.md")))
        .contains("## CreatePolicy", "`requestParameters.policyName`");
  }

  @Test
  void formatsThatDoNotConcatenateNeedOut() {
    for (String format :
        List.of("json-schema", "markdown", "tree", "example", "custodian", "eventbridge")) {
      assertThat(CliResult.run("export", "--format", format, "sts").failedWithOneLine(ExitCodes.USAGE).stderr())
          .contains("--out");
    }
  }

  /** Issue 15: every per-event format writes DIR/service/event.ext and an index listing them. */
  @Test
  void everyEventFormatWritesOneFilePerEventAndAnIndex(@TempDir Path dir) throws Exception {
    Map<String, String> extensions =
        Map.of(
            "tree", ".txt",
            "example", ".json",
            "custodian", ".yml",
            "eventbridge", ".json",
            "sigma", ".yml",
            "athena", ".sql");
    for (Map.Entry<String, String> f : extensions.entrySet()) {
      Path out = dir.resolve(f.getKey());
      CliResult.run("export", "--format", f.getKey(), "--out", out.toString(), "sts", "iam")
          .succeeded();
      JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
      List<String> files = new ArrayList<>();
      index.forEach(e -> files.add(e.get("file").asText()));
      assertThat(files)
          .as(f.getKey())
          .contains("iam/CreatePolicy" + f.getValue(), "sts/AssumeRole" + f.getValue())
          .allSatisfy(file -> assertThat(out.resolve(file)).isNotEmptyFile())
          .doesNotHaveDuplicates();
      try (Stream<Path> written = Files.walk(out)) {
        assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(files.size() + 1L);
      }
      JsonNode first = index.get(0);
      assertThat(first.get("eventSource").asText()).endsWith(".amazonaws.com");
      assertThat(first.get("service").asText()).isIn("sts", "iam");
    }
    assertThat(Files.readString(dir.resolve("athena/iam/CreatePolicy.sql")))
        .contains("eventname = 'CreatePolicy'");
    JsonNode pattern =
        new ObjectMapper().readTree(dir.resolve("eventbridge/sts/AssumeRole.json").toFile());
    assertThat(pattern.at("/detail/eventName/0").asText()).isEqualTo("AssumeRole");
    JsonNode policy = new YAMLMapper().readTree(dir.resolve("custodian/iam/CreatePolicy.yml").toFile());
    assertThat(policy.at("/policies/0/name").asText()).isNotEmpty();
  }

  /** A model's unsafe event names fail those events, counted, and nothing lands outside --out. */
  @ParameterizedTest
  @ValueSource(strings = {"tree", "custodian", "athena"})
  void unsafeNamesAreReportedAndCountedPerFormat(String format, @TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("a/b/c/d/out");
    CliResult r =
        CliResult.run(
            "export",
            "--format",
            format,
            "--out",
            out.toString(),
            "--models",
            HardeningTest.HOSTILE_MODELS.toString(),
            "hostile");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stderr())
        .contains("not a safe file name: '../../../../tmp/x/PWNED-op.")
        .endsWith("cloudtrail-schema: export: 2 events failed, 1 exported\n");
    String ext = format.equals("tree") ? ".txt" : format.equals("athena") ? ".sql" : ".yml";
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
          .containsExactlyInAnyOrder("a/b/c/d/out/index.json", "a/b/c/d/out/hostile/Fine" + ext);
    }
    assertThat(new ObjectMapper().readTree(out.resolve("index.json").toFile()).size()).isEqualTo(1);
  }

  /** s3 ListObjectsV2 logs as ListObjects: both get a file, the second by its operation name. */
  @Test
  void twoOperationsWithOneEventNameKeepBothFiles(@TempDir Path dir) throws Exception {
    CliResult.run("export", "--format", "athena", "--out", dir.toString(), "s3").succeeded();
    List<String> files = new ArrayList<>();
    new ObjectMapper().readTree(dir.resolve("index.json").toFile())
        .forEach(e -> files.add(e.get("file").asText()));
    assertThat(files)
        .doesNotHaveDuplicates()
        .contains("s3/ListObjects.sql", "s3/ListObjectsV2.sql");
    assertThat(Files.readString(dir.resolve("s3/ListObjectsV2.sql")))
        .contains("FROM cloudtrail_logs", "'ListObjects'");
  }

  /** Issue 15: sigma to stdout is one YAML stream, a rule per event. */
  @Test
  void sigmaStreamsAsOneYamlStream() throws Exception {
    String out = CliResult.run("export", "--format", "sigma", "sts").succeeded().stdout();
    List<JsonNode> rules = new ArrayList<>();
    try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(out)) {
      it.forEachRemaining(rules::add);
    }
    long events =
        CliResult.run("export", "--format", "paths", "sts").succeeded().stdout().lines()
            .map(l -> l.split("\t")[1])
            .distinct()
            .count();
    assertThat((long) rules.size()).isEqualTo(events);
    assertThat(rules)
        .allSatisfy(
            r -> {
              assertThat(r.at("/logsource/product").asText()).isEqualTo("aws");
              assertThat(r.at("/detection/selection/eventSource").asText())
                  .isEqualTo("sts.amazonaws.com");
            });
    assertThat(rules.stream().map(r -> r.at("/detection/selection/eventName").asText()))
        .contains("AssumeRole", "GetCallerIdentity")
        .doesNotHaveDuplicates();
  }

  /** Issue 15: athena to stdout parses statement by statement in Trino's parser. */
  @Test
  void athenaStreamsStatementsTrinoParses() {
    String out = CliResult.run("export", "--format", "athena", "sts", "iam").succeeded().stdout();
    String[] statements = out.split("\n\n");
    assertThat(statements.length).isGreaterThan(100);
    SqlParser parser = new SqlParser();
    for (String sql : statements) {
      assertThat(sql).startsWith("-- ");
      assertThat(sql.strip()).doesNotEndWith(";");
      assertThat(parser.createStatement(sql)).isNotNull();
    }
    assertThat(statements[0]).startsWith("-- sts.").contains("FROM cloudtrail_logs");
    assertThat(out).contains("-- sts.AssumeRole\n", "eventname = 'AssumeRole'");
  }
}
