package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.loading.InstalledModelsTestAccess;
import io.github.cloudtrailschema.testing.CliResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudtrail-schema models} end to end, against a fake pip --user installation. */
class ModelsCommandTest {
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of(
        "HOME", home.toString(),
        "XDG_CACHE_HOME", home.resolve("cache").toString(),
        "CLOUDTRAIL_SCHEMA_SITES", "");
  }

  @Test
  void textListsSourcesInstallationsAndWhatTheEmbeddedModelsLack() throws Exception {
    Path data =
        InstalledModelsTestAccess.fakeBotocore(
            home.resolve(".local/lib/python3.11/site-packages"), "1.43.11");
    CliResult r = CliResult.run(InputStream.nullInputStream(), env(), "models");
    r.succeeded();
    assertThat(r.stdout())
        .contains("embedded  aws-java-sdk-models 1.12.797")
        .containsPattern(
            "1\\.43\\.11 +1 +" + java.util.regex.Pattern.quote(data.toString()) + " +pip --user")
        .contains("1 services in " + data + " that the embedded models lack\n  fixture\n");
  }

  @Test
  void jsonWithModelsInUse() throws Exception {
    CliResult r =
        CliResult.run(
            InputStream.nullInputStream(),
            env(),
            "models",
            "--models",
            "src/test/resources/models/botocore",
            "--format",
            "json");
    r.succeeded();
    JsonNode json = new ObjectMapper().readTree(r.stdout());
    assertThat(json.path("sources")).hasSize(2);
    JsonNode external = json.path("sources").get(1);
    assertThat(external.path("kind").asText()).isEqualTo("botocore");
    assertThat(external.path("services").asInt()).isEqualTo(1);
    assertThat(external.path("added").asInt()).isEqualTo(1);
    assertThat(external.path("replaced").asInt()).isZero();
    assertThat(json.path("missingFromEmbedded").get(0).asText()).isEqualTo("fixture");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliResult.run("models", "--format", "xml").failedWithOneLine(ExitCodes.USAGE);
  }
}
