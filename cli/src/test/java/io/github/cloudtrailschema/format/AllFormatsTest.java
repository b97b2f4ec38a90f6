package io.github.cloudtrailschema.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.cloudtrailschema.format.paths.PathsRenderer;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every format of every operation of every embedded model renders; on a sample that covers every
 * service (every {@code STRIDE}-th operation, at least one per service), the formats agree: each
 * {@code paths} line occurs in the flattened {@code example} (gron round-trip; an additionalEventData
 * key documented as present only under a condition is left out of the example), each example
 * validates against its {@code json-schema}, and two runs are byte-identical. Over all of them, no
 * two Sigma rules share an {@code id} or a {@code title}.
 */
@Tag("slow")
public class AllFormatsTest {
  private static final int STRIDE = 4;

  /**
   * Models whose constraints no value satisfies: apprunner's ServiceId is 32 characters long and
   * must match a 36-character UUID pattern.
   */
  private static final Set<String> UNSATISFIABLE = Set.of("apprunner.CreateService");

  /** Events whose walk gives one structure two fields of the same name (a walk finding). */
  private static final List<String> duplicates = new ArrayList<>();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @Test
  void everyFormatRendersAndTheFormatsAgree() {
    ModelCatalog catalog = ModelCatalog.embedded();
    RenderOptions options = RenderOptions.defaults();
    List<String> failures = new ArrayList<>();
    int operations = 0;
    int checked = 0;
    for (ServiceSummary s : catalog.services()) {
      ServiceModel model = catalog.load(s.name(), true);
      EventSchemas schemas = new EventSchemas(model);
      int i = 0;
      for (Operation op : model.operations().values()) {
        operations++;
        String name = s.name() + "." + op.name();
        try {
          EventSchema event = schemas.of(op);
          for (OutputFormat f : OutputFormat.values()) {
            String text = render(f, options, event);
            if (f == OutputFormat.SIGMA) {
              sigmaUnique(name, text, failures);
            }
          }
          if (i++ % STRIDE == 0) {
            checked++;
            agree(event, options, name, failures);
          }
        } catch (Exception | StackOverflowError | AssertionError e) {
          failures.add(name + ": " + e);
        }
        if (failures.size() > 50) {
          break;
        }
      }
    }
    assertThat(failures).isEmpty();
    System.err.println(
        "AllFormatsTest: duplicate keys in "
            + duplicates.size()
            + " sampled events: "
            + duplicates);
    assertThat(operations).isGreaterThan(15_500);
    assertThat(checked).isGreaterThan(operations / STRIDE);
  }

  /** Sigma rules' ids and titles seen, each with the event whose rule had it. */
  private static final Map<String, String> sigmaSeen = new HashMap<>();

  /**
   * The rules of an export are one collection: pySigma's identifier-uniqueness and duplicate-title
   * validators reject two rules with one {@code id} or one {@code title}.
   */
  private static void sigmaUnique(String name, String rule, List<String> failures) {
    for (String line : rule.split("\n")) {
      if (line.startsWith("id: ") || line.startsWith("title: ")) {
        String other = sigmaSeen.put(line, name);
        if (other != null) {
          failures.add(name + ": sigma " + line + " is also " + other + "'s");
        }
      }
    }
  }

  private static void agree(
      EventSchema event, RenderOptions options, String name, List<String> failures)
      throws Exception {
    String example = render(OutputFormat.EXAMPLE, options, event);
    String schema = render(OutputFormat.JSON_SCHEMA, options, event);
    for (OutputFormat f : OutputFormat.values()) {
      if (!render(f, options, event).equals(render(f, options, event))) {
        failures.add(name + ": " + f + " differs between runs");
      }
    }
    JsonNode record = JSON.readTree(example);
    if (Gron.hasDuplicateKeys(event)) {
      duplicates.add(name); // JSON keeps one of two equal keys: no round-trip possible
      return;
    }
    Set<String> flattened = Gron.flatten(event, record);
    // Documented additionalEventData keys present only under a condition: not in a typical record.
    Set<String> conditional = new java.util.HashSet<>();
    event.facts().additionalKeys().stream()
        .filter(k -> k.condition().isPresent())
        .forEach(k -> conditional.add("additionalEventData." + k.key()));
    for (String line : render(OutputFormat.PATHS, options, event).split("\n")) {
      String[] cols = line.split("\t", -1);
      if (conditional.contains(cols[0])) {
        continue;
      }
      if (cols.length > 2 && cols[2].startsWith(PathsRenderer.ONE_ELEMENT)) {
        // A list's one-element layout: the example shows the list, so the line must be its
        // primary path (which the example has) with element markers dropped, and nothing else.
        String primary = cols[2].substring(PathsRenderer.ONE_ELEMENT.length());
        if (!flattened.contains(primary)
            || !cols[0].replace("[]", "").equals(primary.replace("[]", ""))
            || cols[0].equals(primary)) {
          failures.add(name + ": one-element line " + cols[0] + " is not a form of " + primary);
        }
        continue;
      }
      if (!cols[1].equals("recursive") && !flattened.contains(cols[0])) {
        failures.add(name + ": paths line " + cols[0] + " not in the example");
        return;
      }
    }
    if (UNSATISFIABLE.contains(name)) {
      return;
    }
    JsonSchema validator = SCHEMAS.getSchema(JSON.readTree(schema));
    Set<ValidationMessage> errors = validator.validate(record);
    if (!errors.isEmpty()) {
      failures.add(name + ": example does not validate: " + errors.iterator().next());
    }
  }

  public static String render(OutputFormat f, RenderOptions options, EventSchema event) {
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    f.renderer(options).render(event, w);
    w.flush();
    return out.toString();
  }
}
