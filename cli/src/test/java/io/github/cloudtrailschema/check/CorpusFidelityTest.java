package io.github.cloudtrailschema.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.loading.ModelCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import io.github.cloudtrailschema.testing.Checkout;

/**
 * The fidelity measure on the shared dev corpus of real third-party records, read where it lies
 * ({@code ../shared/corpus/}); skipped, saying so, where it is absent (users' clones have none).
 */
class CorpusFidelityTest {
  static final Path CORPUS = Checkout.shared("corpus/dev-events.jsonl");

  static CheckReport checkCorpus() throws IOException {
    RecordChecker checker = new RecordChecker(ModelCatalog.embedded());
    CheckReport report = new CheckReport();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(CORPUS)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode record = mapper.readTree(line);
          report.add(checker.check(record));
        }
      }
    }
    return report;
  }

  @Test
  void recognisesAndExplainsTheDevCorpus() throws IOException {
    Assumptions.assumeTrue(
        Files.exists(CORPUS), "the dev corpus is absent (" + CORPUS + "): skipped");
    CheckReport report = checkCorpus();
    double recognised = (double) report.recognised() / report.records();
    double explained = (double) report.explained() / report.leaves();
    if (Boolean.getBoolean("fidelity.details")) {
      System.out.printf(
          "records %d recognised %d (%.1f%%) leaves %d explained %d (%.1f%%)%n",
          report.records(),
          report.recognised(),
          100 * recognised,
          report.leaves(),
          report.explained(),
          100 * explained);
      for (Map.Entry<String, long[]> e : report.bySource().entrySet()) {
        long[] n = e.getValue();
        System.out.printf("| %s | %d | %d | %d/%d |%n", e.getKey(), n[0], n[1], n[3], n[2]);
      }
      report
          .events()
          .forEach(
              (k, t) -> {
                if (!t.reason.isEmpty()) {
                  System.out.println("UNRECOGNISED " + k + " x" + t.records + ": " + t.reason);
                }
                t.unexplained.forEach(
                    (p, n) ->
                        System.out.println(
                            "UNEXPLAINED " + k + " " + p + " unknown=" + n[0] + " type=" + n[1]));
              });
    }
    assertThat(recognised).as("events recognised").isGreaterThanOrEqualTo(0.95);
    assertThat(explained).as("leaf fields explained").isGreaterThanOrEqualTo(0.93);
  }
}
