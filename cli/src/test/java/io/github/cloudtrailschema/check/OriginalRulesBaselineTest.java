package io.github.cloudtrailschema.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.testing.TestCorpus;
import io.github.cloudtrailschema.trail.NamingStrategy;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.ShapeWalker;
import io.github.cloudtrailschema.walk.WalkRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The "before" of the fidelity measure, with the same matcher: the original tool's rules (event
 * source = endpoint prefix, event name = operation name, members with the first letter lowered,
 * plain lists, the C2J models only: no S3, no non-API events). Prints the per-source table with
 * {@code -Dfidelity.details=true}; asserts that the CloudTrail conventions beat it.
 */
class OriginalRulesBaselineTest {
  @Test
  void theConventionsBeatTheOriginalRules() throws Exception {
    ModelCatalog catalog = ModelCatalog.embedded();
    Map<String, List<ServiceModel>> bySource = new TreeMap<>();
    for (ServiceSummary s : catalog.services()) {
      if (s.metadata().origin() == ModelOrigin.C2J_MODELS) {
        bySource
            .computeIfAbsent(
                s.metadata().endpointPrefix() + ".amazonaws.com", k -> new ArrayList<>())
            .add(catalog.load(s.name(), false));
      }
    }
    WalkRules original = WalkRules.naming(NamingStrategy.lowerFirst(), Optional.empty());
    Map<String, long[]> perSource = new TreeMap<>(); // records, recognised, leaves, explained
    long[] total = new long[4];
    for (JsonNode rec : TestCorpus.records()) {
      String source = rec.path("eventSource").asText();
      long[] n = perSource.computeIfAbsent(source, k -> new long[4]);
      n[0]++;
      total[0]++;
      Operation op = null;
      ServiceModel model = null;
      for (ServiceModel m : bySource.getOrDefault(source, List.of())) {
        op = m.operation(rec.path("eventName").asText()).orElse(null);
        if (op != null) {
          model = m;
          break;
        }
      }
      if (op == null) {
        continue;
      }
      n[1]++;
      total[1]++;
      List<LeafCheck> leaves = new ArrayList<>();
      ShapeWalker walker = new ShapeWalker(model, original);
      RecordMatcher matcher = new RecordMatcher(walker::node, leaves, false);
      for (String part : List.of("requestParameters", "responseElements")) {
        JsonNode v = rec.get(part);
        if (v == null || v.isNull()) {
          continue;
        }
        Optional<ShapeId> root = part.equals("requestParameters") ? op.input() : op.output();
        Node schema = root.map(walker::node).orElse(null);
        matcher.match(v, schema, io.github.cloudtrailschema.walk.path.FieldPath.of(part), part);
      }
      for (LeafCheck l : leaves) {
        n[2]++;
        total[2]++;
        if (l.explained()) {
          n[3]++;
          total[3]++;
        }
      }
    }
    if (Boolean.getBoolean("fidelity.details")) {
      System.out.printf(
          "ORIGINAL records %d recognised %d (%.1f%%) leaves %d explained %d (%.1f%%)%n",
          total[0],
          total[1],
          100.0 * total[1] / total[0],
          total[2],
          total[3],
          100.0 * total[3] / total[2]);
      perSource.forEach(
          (s, n) ->
              System.out.printf("ORIGINAL | %s | %d | %d | %d/%d |%n", s, n[0], n[1], n[3], n[2]));
    }
    CheckReport now = CorpusFidelityTest.checkCorpus();
    assertThat((double) now.recognised() / now.records())
        .isGreaterThan((double) total[1] / total[0]);
    assertThat((double) now.explained() / now.leaves()).isGreaterThan((double) total[3] / total[2]);
  }
}
