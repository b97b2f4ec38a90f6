package io.github.cloudtrailschema.athena;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected answer of {@link InventorySql#fields()}, counted directly from a log tree: per
 * event, the records whose requestParameters (responseElements) is a JSON object with a given key.
 *
 * <p>One rule of the engine is applied, and counted in {@link #merged}: Trino's OpenX JSON SerDe
 * matches keys case-insensitively (as Athena's SerDe does for the columns), and does so inside the
 * request and response objects it keeps as JSON text too, so of two keys of one object equal but
 * for case (S3's PutBucketTagging logs both {@code Tagging} and {@code tagging}) only the last one
 * reaches SQL. {@code scan} sees both.
 */
final class TopLevelKeys {
  private TopLevelKeys() {}

  /** Keys left out by the case rule in the last {@link #count}. */
  static long merged;

  static Map<String, Map<String, Long>> count(Path tree) throws IOException {
    merged = 0;
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (Path f : TrinoEngineIT.files(tree)) {
      for (JsonNode r : TrinoEngineIT.read(f).path("Records")) {
        if (!r.path("eventSource").isTextual() || !r.path("eventName").isTextual()) {
          continue;
        }
        String event = r.path("eventSource").asText() + "\t" + r.path("eventName").asText();
        for (String part : List.of("requestParameters", "responseElements")) {
          JsonNode v = r.path(part);
          if (!v.isObject()) {
            continue;
          }
          Map<String, String> lastOfCase = new LinkedHashMap<>();
          for (Iterator<String> keys = v.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (lastOfCase.put(key.toLowerCase(Locale.ROOT), key) != null) {
              merged++;
            }
          }
          for (String key : lastOfCase.values()) {
            out.computeIfAbsent(event, k -> new TreeMap<>()).merge(part + "." + key, 1L, Long::sum);
          }
        }
      }
    }
    return out;
  }
}
