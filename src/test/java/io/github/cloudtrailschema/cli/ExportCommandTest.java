package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void formatsExportCannotWriteAreUsageErrors() {
    CliResult.run("export", "--format", "sigma").failedWithOneLine(ExitCodes.USAGE);
    CliResult.run("export", "--format", "json-schema").failedWithOneLine(ExitCodes.USAGE);
  }
}
