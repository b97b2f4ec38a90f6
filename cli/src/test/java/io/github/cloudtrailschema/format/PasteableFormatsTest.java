package io.github.cloudtrailschema.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.testing.Skip;
import io.github.cloudtrailschema.testing.Tools;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import io.trino.sql.parser.SqlParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.event.ruler.Machine;

/**
 * The pasteable formats work in the tools they are pasted into, checked with those tools on every
 * 4th event of every service: the json-schema compiles and the example validates in networknt
 * (Java's regex dialect) and in AJV 2020 under Node (ECMA-262 in Unicode mode, the dialect JSON
 * Schema specifies); the eventbridge pattern compiles in AWS's event-ruler and matches the
 * event's own EventBridge example; the athena query parses with Trino's parser (Athena's engine);
 * the custodian {@code ids} and event-filter key evaluate, with a JMESPath library, to a value on
 * the event's own example. Without Node and npm on {@code PATH} the Java checks still run and must
 * pass; the test then skips, saying that AJV did not run.
 */
@Tag("slow")
@Timeout(1200)
public class PasteableFormatsTest {
  private static final int STRIDE = 4;

  /** apprunner's ServiceId is 32 characters long and must match a 36-character UUID pattern. */
  private static final Set<String> UNSATISFIABLE = Set.of("apprunner.CreateService");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JmesPath<JsonNode> JMES = new JacksonRuntime();
  private static final SqlParser SQL = new SqlParser();

  private final Map<String, List<String>> failures = new LinkedHashMap<>();

  @Test
  void everyFormatWorksInItsTool() throws Exception {
    Path lines = Path.of("target", "ajv-check", "schemas.jsonl");
    Files.createDirectories(lines.getParent());
    ModelCatalog catalog = ModelCatalog.embedded();
    RenderOptions plain = RenderOptions.defaults();
    RenderOptions bridge = plain.withEventBridge(true);
    int checked = 0;
    try (BufferedWriter out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
      for (ServiceSummary s : catalog.services()) {
        ServiceModel model = catalog.load(s.name(), true);
        EventSchemas schemas = new EventSchemas(model);
        int i = 0;
        for (Operation op : model.operations().values()) {
          if (i++ % STRIDE != 0) {
            continue;
          }
          checked++;
          String name = s.name() + "." + op.name();
          EventSchema event = schemas.of(op);
          JsonNode record = JSON.readTree(render(OutputFormat.EXAMPLE, plain, event));
          schema(name, event, plain, record, out);
          eventBridge(name, event, bridge);
          athena(name, event, plain);
          custodian(name, event, plain, record);
        }
      }
    }
    Optional<String> noAjv = ajvUnavailable();
    if (noAjv.isEmpty()) {
      ajv(lines);
    }
    int total = checked;
    failures.forEach(
        (check, list) ->
            System.err.println(
                "PasteableFormatsTest: " + check + ": " + list.size() + " of " + total));
    assertThat(checked).isGreaterThan(15_500 / STRIDE);
    assertThat(failures).isEmpty();
    Skip.unless(PasteableFormatsTest.class, noAjv.isEmpty(), noAjv.orElse(""));
  }

  private void fail(String check, String what) {
    List<String> list = failures.computeIfAbsent(check, k -> new ArrayList<>());
    if (list.size() < 20) {
      list.add(what);
    }
  }

  private void schema(
      String name, EventSchema event, RenderOptions options, JsonNode record, BufferedWriter out)
      throws IOException {
    JsonNode schema = JSON.readTree(render(OutputFormat.JSON_SCHEMA, options, event));
    ObjectNode line = JSON.createObjectNode();
    line.put("name", name);
    line.set("schema", schema);
    if (!UNSATISFIABLE.contains(name)) {
      line.set("example", record);
      var errors = SCHEMAS.getSchema(schema).validate(record);
      if (!errors.isEmpty()) {
        fail("networknt: example invalid", name + ": " + errors.iterator().next());
      }
    }
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
  }

  private void eventBridge(String name, EventSchema event, RenderOptions options) {
    String pattern = render(OutputFormat.EVENTBRIDGE, options, event);
    String example = render(OutputFormat.EXAMPLE, options, event);
    try {
      Machine machine = new Machine();
      machine.addRule("own", pattern);
      if (!machine.rulesForJSONEvent(example).contains("own")) {
        fail("event-ruler: pattern does not match its example", name);
      }
    } catch (Exception e) {
      fail("event-ruler: pattern rejected", name + ": " + e.getMessage());
    }
  }

  private void athena(String name, EventSchema event, RenderOptions options) {
    String sql = render(OutputFormat.ATHENA, options, event);
    try {
      SQL.createStatement(sql);
    } catch (RuntimeException e) {
      fail("trino: query does not parse", name + ": " + e.getMessage());
    }
  }

  private void custodian(String name, EventSchema event, RenderOptions options, JsonNode record)
      throws IOException {
    JsonNode policy = YAML.readTree(render(OutputFormat.CUSTODIAN, options, event)).at("/policies/0");
    String policyName = policy.get("name").asText();
    if (("custodian-" + policyName).length() > 64) {
      fail("custodian: name too long for its Lambda function", name + ": " + policyName);
    }
    for (JsonNode e : policy.at("/mode/events")) {
      if (e.isObject()) {
        evaluate("custodian: ids", name, e.get("ids").asText(), record);
      }
    }
    JsonNode wrapped = JSON.createObjectNode().set("detail", record);
    for (JsonNode f : policy.get("filters")) {
      if (f.path("type").asText().equals("event")) {
        evaluate("custodian: event filter key", name, f.get("key").asText(), wrapped);
      }
    }
  }

  private void evaluate(String check, String name, String expression, JsonNode on) {
    try {
      JsonNode v = JMES.compile(expression).search(on);
      boolean empty =
          v == null
              || v.isNull()
              || v.isMissingNode()
              || (v.isContainerNode() && v.isEmpty())
              || (v.isArray() && allNull(v));
      if (empty) {
        fail(check + " empty on the example", name + ": " + expression);
      }
    } catch (RuntimeException e) {
      fail(check + " not JMESPath", name + ": " + expression + ": " + e.getMessage());
    }
  }

  private static boolean allNull(JsonNode array) {
    for (JsonNode n : array) {
      if (!n.isNull()) {
        return false;
      }
    }
    return true;
  }

  private void ajv(Path lines) throws Exception {
    Path prefix = ajvPrefix();
    String script = Path.of("src", "test", "js", "ajv-check.js").toAbsolutePath().toString();
    String result = run(prefix, "node", script, lines.toAbsolutePath().toString());
    JsonNode r = JSON.readTree(result);
    System.err.println("PasteableFormatsTest: AJV 2020 checked " + r.get("checked").asInt());
    assertThat(r.get("checked").asInt()).isGreaterThan(15_500 / STRIDE);
    r.get("rejected").forEach(n -> fail("ajv: schema rejected", n.asText()));
    r.get("warned").forEach(n -> fail("ajv: strict-mode warning", n.asText()));
    r.get("invalid").forEach(n -> fail("ajv: example invalid", n.asText()));
  }

  /** The folder AJV 2020 and ajv-formats are installed in, for {@link #run}. */
  public static Path ajvPrefix() {
    return Path.of("target", "ajv-check").toAbsolutePath();
  }

  /**
   * Why AJV cannot run here, in one line (node or npm not on {@code PATH}, or npm could not install
   * it), or empty when it can: installs AJV 2020 and ajv-formats into {@link #ajvPrefix} once.
   */
  public static Optional<String> ajvUnavailable() throws Exception {
    List<String> missing =
        Stream.of("node", "npm").filter(c -> Tools.onPath(c).isEmpty()).toList();
    if (!missing.isEmpty()) {
      return Optional.of(
          String.join(" and ", missing)
              + " not on PATH: the AJV 2020 check (under Node) did not run");
    }
    Path prefix = ajvPrefix();
    if (!Files.isDirectory(prefix.resolve("node_modules/ajv"))) {
      Files.createDirectories(prefix);
      Process p =
          new ProcessBuilder(
                  "npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                  "ajv@8.20.0", "ajv-formats@3.0.1")
              .directory(prefix.toFile())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("npm install finished").isTrue();
      if (p.exitValue() != 0) {
        return Optional.of(
            "npm could not install ajv into " + prefix + ": "
                + out.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output"));
      }
    }
    return Optional.empty();
  }

  /** Runs {@code command} in {@code dir}, its modules on NODE_PATH; its last JSON line. */
  public static String run(Path dir, String... command) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("NODE_PATH", dir.resolve("node_modules").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    return out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(out);
  }

  private static String render(OutputFormat f, RenderOptions options, EventSchema event) {
    return AllFormatsTest.render(f, options, event);
  }
}
