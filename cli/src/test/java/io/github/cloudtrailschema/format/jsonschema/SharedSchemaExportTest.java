package io.github.cloudtrailschema.format.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.github.cloudtrailschema.format.AllFormatsTest;
import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.format.PasteableFormatsTest;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.Skip;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared json-schema export, as a user loads it from disk: {@code export --format json-schema
 * --out DIR} over the whole catalogue, then for every 4th event of every service (and every event
 * whose schema serves two operations) the schema file compiles with its relative {@code $ref}s
 * resolved from DIR, and the event's own example validates, in networknt (the {@code $id} base
 * mapped to DIR) and in AJV 2020 under Node (the shared files added by {@code addSchema}). No
 * network: the default base is under {@code .invalid}, so a reference that escaped the mapping
 * would fail instead of being fetched. Without Node and npm on {@code PATH} the networknt half
 * still runs and must pass; the test then skips, saying that AJV did not run.
 */
@Tag("slow")
@Timeout(600)
class SharedSchemaExportTest {
  private static final int STRIDE = 4;
  private static final Set<String> UNSATISFIABLE = Set.of("apprunner.CreateService");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sharedSchemasWorkFromDiskInBothValidators() throws Exception {
    Path dir = Path.of("target", "shared-schema-export").toAbsolutePath();
    CliResult.run("export", "--format", "json-schema", "--out", dir.toString()).succeeded();
    JsonSchemaFactory factory =
        JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
            .schemaMappers(
                m -> m.mapPrefix(SharedSchemaLayout.DEFAULT_BASE, dir.toUri().toString()))
            .build();
    Map<String, List<String>> failures = new LinkedHashMap<>();
    List<JsonNode> checked = selected(JSON.readTree(dir.resolve("index.json").toFile()));
    Path lines = dir.resolveSibling("shared-schema-export.jsonl");
    ModelCatalog catalog = ModelCatalog.embedded();
    Map<String, EventSchemas> services = new HashMap<>();
    try (BufferedWriter out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
      for (JsonNode entry : checked) {
        String service = entry.get("service").asText();
        String name = service + "." + entry.get("operation").asText();
        EventSchemas schemas =
            services.computeIfAbsent(service, s -> new EventSchemas(catalog.load(s, false)));
        ServiceModel model = schemas.service();
        EventSchema event = schemas.of(model.operations().get(entry.get("operation").asText()));
        JsonNode example =
            JSON.readTree(
                AllFormatsTest.render(OutputFormat.EXAMPLE, RenderOptions.defaults(), event));
        String file = entry.get("file").asText();
        ObjectNode line = JSON.createObjectNode().put("name", name).put("file", file);
        JsonSchema schema;
        try {
          schema = factory.getSchema(SchemaLocation.of(SharedSchemaLayout.DEFAULT_BASE + file));
          schema.initializeValidators();
        } catch (RuntimeException e) {
          fail(failures, "networknt: schema rejected", name + ": " + e.getMessage());
          continue;
        }
        if (!UNSATISFIABLE.contains(name)) {
          line.set("example", example);
          var errors = schema.validate(example);
          if (!errors.isEmpty()) {
            fail(failures, "networknt: example invalid", name + ": " + errors.iterator().next());
          }
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        services.keySet().removeIf(s -> !s.equals(service)); // one service's models at a time
      }
    }
    assertThat(checked.size()).isGreaterThan(15_500 / STRIDE);
    Optional<String> noAjv = PasteableFormatsTest.ajvUnavailable();
    if (noAjv.isEmpty()) {
      String script =
          Path.of("src", "test", "js", "ajv-shared-check.js").toAbsolutePath().toString();
      JsonNode r =
          JSON.readTree(
              PasteableFormatsTest.run(
                  PasteableFormatsTest.ajvPrefix(), "node", script, dir.toString(),
                  lines.toString()));
      System.err.println(
          "SharedSchemaExportTest: " + checked.size() + " events, AJV 2020 checked "
              + r.get("checked").asInt());
      r.get("rejected").forEach(n -> fail(failures, "ajv: schema rejected", n.asText()));
      r.get("warned").forEach(n -> fail(failures, "ajv: strict-mode warning", n.asText()));
      r.get("invalid").forEach(n -> fail(failures, "ajv: example invalid", n.asText()));
      assertThat(r.get("checked").asInt()).isEqualTo(checked.size());
    }
    assertThat(failures).isEmpty();
    Skip.unless(SharedSchemaExportTest.class, noAjv.isEmpty(), noAjv.orElse(""));
  }

  /** Every 4th event of each service, and every event sharing its schema with another. */
  private static List<JsonNode> selected(JsonNode index) {
    Map<String, Integer> perFile = new HashMap<>();
    index.forEach(e -> perFile.merge(e.get("file").asText(), 1, Integer::sum));
    assertThat(perFile.values()).as("ListObjects and ListObjectsV2 share one schema").contains(2);
    Map<String, Integer> perService = new HashMap<>();
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : index) {
      int i = perService.merge(e.get("service").asText(), 1, Integer::sum) - 1;
      if (i % STRIDE == 0 || perFile.get(e.get("file").asText()) > 1) {
        out.add(e);
      }
    }
    return out;
  }

  private static void fail(Map<String, List<String>> failures, String check, String what) {
    List<String> list = failures.computeIfAbsent(check, k -> new ArrayList<>());
    if (list.size() < 20) {
      list.add(what);
    }
  }
}
