package io.github.cloudtrailschema.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.testing.TestCorpus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fidelity measure on real third-party records: the shared dev corpus where it lies ({@code
 * ../shared/corpus/}), with the floors the rules reached on it; else the subset of it committed
 * with the tests, with the floors measured on that (see {@link TestCorpus}).
 */
class CorpusFidelityTest {
  // Measured 2026-12-07: full corpus 98.7 % of 1,863 records, 97.9 % of 10,788 leaves; the subset
  // 98.7 % of 300 (296), 97.7 % of 2,112 leaves (2,064).
  static final double RECOGNISED_FLOOR = TestCorpus.full() ? 0.95 : 0.98;
  static final double EXPLAINED_FLOOR = TestCorpus.full() ? 0.93 : 0.97;

  static CheckReport checkCorpus() {
    RecordChecker checker = new RecordChecker(ModelCatalog.embedded());
    CheckReport report = new CheckReport();
    for (JsonNode record : TestCorpus.records()) {
      report.add(checker.check(record));
    }
    return report;
  }

  @Test
  void recognisesAndExplainsTheDevCorpus() {
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
    assertThat(recognised).as("events recognised").isGreaterThanOrEqualTo(RECOGNISED_FLOOR);
    assertThat(explained).as("leaf fields explained").isGreaterThanOrEqualTo(EXPLAINED_FLOOR);
  }
}
