package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.github.cloudtrailschema.format.jsonschema.SharedSchemaLayout;
import io.github.cloudtrailschema.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code export --format json-schema} writes the envelope once and refers to it, {@code
 * --bundle} writes self-contained schemas, and two operations logging one event name share one
 * schema that both operations' records satisfy.
 */
class SchemaExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = SharedSchemaLayout.DEFAULT_BASE;

  @Test
  void theEnvelopeIsWrittenOnceAndReferenced(@TempDir Path dir) throws Exception {
    CliResult.run("export", "--format", "json-schema", "--out", dir.toString(), "iam").succeeded();
    JsonNode record = JSON.readTree(dir.resolve("shared/record.json").toFile());
    assertThat(record.get("$id").asText()).isEqualTo(BASE + "shared/record.json");
    assertThat(record.at("/properties/userIdentity/type").asText()).isEqualTo("object");
    assertThat(record.get("required")).isNotEmpty();
    JsonNode event = JSON.readTree(dir.resolve("iam/CreatePolicy.json").toFile());
    assertThat(event.get("$id").asText()).isEqualTo(BASE + "iam/CreatePolicy.json");
    assertThat(event.get("$ref").asText()).isEqualTo("../shared/record.json");
    List<String> own = new ArrayList<>();
    event.get("properties").fieldNames().forEachRemaining(own::add);
    assertThat(own)
        .containsExactly(
            "eventSource",
            "eventName",
            "requestParameters",
            "responseElements",
            "eventType",
            "managementEvent",
            "eventCategory");
    assertThat(event.at("/properties/eventName/const").asText()).isEqualTo("CreatePolicy");
    assertThat(event.at("/properties/eventCategory/const").asText()).isEqualTo("Management");
    assertThat(event.at("/properties/managementEvent/const").asBoolean()).isTrue();
    assertThat(validate(dir, BASE, "iam/CreatePolicy.json", "iam.CreatePolicy")).isEmpty();
  }

  @Test
  void bundleWritesSelfContainedSchemas(@TempDir Path dir) throws Exception {
    CliResult.run("export", "--format", "json-schema", "--bundle", "--out", dir.toString(), "sts")
        .succeeded();
    assertThat(dir.resolve("shared")).doesNotExist();
    JsonNode event = JSON.readTree(dir.resolve("sts/AssumeRole.json").toFile());
    assertThat(event.has("$ref")).isFalse();
    assertThat(event.get("$id").asText()).isEqualTo("urn:cloudtrail-schema:sts.amazonaws.com:AssumeRole");
    assertThat(event.at("/properties/userIdentity/type").asText()).isEqualTo("object");
    // the same schema as one event to stdout
    String alone = CliResult.run("sts.AssumeRole", "--format", "json-schema").succeeded().stdout();
    assertThat(event).isEqualTo(JSON.readTree(alone));
  }

  @Test
  void baseUriSetsEveryId(@TempDir Path dir) throws Exception {
    String base = "https://schemas.example.com/cloudtrail/v1/";
    CliResult.run(
            "export", "--format", "json-schema", "--base-uri", base, "--out", dir.toString(), "sts")
        .succeeded();
    assertThat(JSON.readTree(dir.resolve("sts/AssumeRole.json").toFile()).get("$id").asText())
        .isEqualTo(base + "sts/AssumeRole.json");
    assertThat(validate(dir, base, "sts/AssumeRole.json", "sts.AssumeRole")).isEmpty();
    assertThat(
            CliResult.run(
                    "export", "--format", "json-schema", "--base-uri", "relative/", "--out",
                    dir.toString(), "sts")
                .failedWithOneLine(ExitCodes.USAGE)
                .stderr())
        .contains("--base-uri must be an absolute");
    assertThat(
            CliResult.run("export", "--format", "tree", "--bundle", "--out", dir.toString(), "sts")
                .failedWithOneLine(ExitCodes.USAGE)
                .stderr())
        .contains("--format json-schema only");
    Path site = dir.resolve("site");
    assertThat(
            CliResult.run("export", "--format", "site", "--base-uri", base, "--out", site.toString())
                .failedWithOneLine(ExitCodes.USAGE)
                .stderr())
        .as("the explorer has no schema layout: refused, not ignored")
        .contains("--format json-schema only");
    assertThat(site).doesNotExist();
    assertThat(
            CliResult.run(
                    "export", "--format", "json-schema", "--all-spellings", "--out",
                    dir.resolve("spellings").toString(), "sts")
                .failedWithOneLine(ExitCodes.USAGE)
                .stderr())
        .contains("--all-spellings applies to --format paths only");
    assertThat(
            CliResult.run(
                    "export", "--format", "json-schema", "--bundle", "--base-uri", base, "--out",
                    dir.toString(), "sts")
                .failedWithOneLine(ExitCodes.USAGE)
                .stderr())
        .contains("not with --bundle");
  }

  /** s3 ListObjectsV2 is logged as ListObjects: one schema, and records of both validate. */
  @Test
  void operationsSharingAnEventNameShareOneSchema(@TempDir Path dir) throws Exception {
    for (boolean bundle : new boolean[] {false, true}) {
      Path out = dir.resolve(bundle ? "bundle" : "shared");
      List<String> args =
          new ArrayList<>(List.of("export", "--format", "json-schema", "--out", out.toString()));
      if (bundle) {
        args.add("--bundle");
      }
      args.add("s3");
      CliResult.run(args.toArray(String[]::new)).succeeded();
      List<String> files = new ArrayList<>();
      JsonNode index = JSON.readTree(out.resolve("index.json").toFile());
      index.forEach(e -> files.add(e.get("operation").asText() + " " + e.get("file").asText()));
      assertThat(files).contains("ListObjects s3/ListObjects.json", "ListObjectsV2 s3/ListObjects.json");
      try (Stream<Path> s3 = Files.list(out.resolve("s3"))) {
        assertThat(s3.count()).isEqualTo(index.size() - 1L);
      }
      JsonNode schema = JSON.readTree(out.resolve("s3/ListObjects.json").toFile());
      assertThat(schema.at("/properties/requestParameters/anyOf")).hasSize(3);
      assertThat(schema.at("/properties/requestParameters/anyOf/1/properties/continuation-token").isMissingNode())
          .isFalse();
      String base = bundle ? null : BASE;
      assertThat(validate(out, base, "s3/ListObjects.json", "s3.ListObjects")).isEmpty();
      assertThat(validate(out, base, "s3/ListObjects.json", "s3.ListObjectsV2")).isEmpty();
    }
  }

  /** Errors of {@code event}'s example against the schema at {@code file}, its refs from disk. */
  static List<String> validate(Path dir, String base, String file, String event)
      throws Exception {
    JsonSchemaFactory.Builder builder =
        JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012));
    if (base != null) {
      builder.schemaMappers(m -> m.mapPrefix(base, dir.toUri().toString()));
    }
    JsonSchema schema =
        base != null
            ? builder.build().getSchema(SchemaLocation.of(base + file))
            : builder.build().getSchema(JSON.readTree(dir.resolve(file).toFile()));
    JsonNode example =
        JSON.readTree(CliResult.run(event, "--format", "example").succeeded().stdout());
    List<String> errors = new ArrayList<>();
    schema.validate(example).forEach(m -> errors.add(m.toString()));
    return errors;
  }
}
