package io.github.cloudtrailschema.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real CloudTrail records the fidelity tests measure on: the full dev corpus in {@code
 * ../shared/corpus/} where it lies beside the checkout, else the subset of 300 of its records
 * committed under {@code src/test/resources/corpus/} (its README says where they come from and how
 * they were chosen). The tests hold each its own floors for either. {@code -Dtest.corpus=subset}
 * takes the subset even where the full corpus is present: what a user's clone measures.
 */
public final class TestCorpus {
  /** The full dev corpus (absent from users' clones). */
  public static final Path FULL = Checkout.shared("corpus/dev-events.jsonl");

  private static final String SUBSET = "/corpus/dev-events-subset.jsonl";
  private static final boolean USE_FULL =
      Files.isRegularFile(FULL) && !"subset".equals(System.getProperty("test.corpus"));
  private static volatile List<JsonNode> records;

  private TestCorpus() {}

  /** Whether the records are the full corpus's (else the committed subset's). */
  public static boolean full() {
    return USE_FULL;
  }

  /** Every record, in file order (read once per test run; do not modify them). */
  public static List<JsonNode> records() {
    List<JsonNode> r = records;
    if (r == null) {
      synchronized (TestCorpus.class) {
        if (records == null) {
          records = read();
        }
        r = records;
      }
    }
    return r;
  }

  private static List<JsonNode> read() {
    if (!USE_FULL) {
      // One line per run: the floors checked are the subset's, not the full corpus's.
      System.err.println(
          "TestCorpus: measuring on the committed subset ("
              + SUBSET.substring(1)
              + "): "
              + (Files.isRegularFile(FULL) ? "-Dtest.corpus=subset" : FULL + " is absent"));
    }
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = open();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(mapper.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static InputStream open() throws IOException {
    if (USE_FULL) {
      return Files.newInputStream(FULL);
    }
    InputStream in = TestCorpus.class.getResourceAsStream(SUBSET);
    if (in == null) {
      throw new IOException("the committed corpus subset " + SUBSET + " is not on the classpath");
    }
    return in;
  }
}
