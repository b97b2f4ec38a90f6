package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code additionalEventData} keys services document for API events ({@code
 * curated/additional-event-data.tsv}: S3's signature version and transfer sizes, KMS's custom key
 * store, ...). Curated non-API events declare theirs in their models.
 */
public final class AdditionalEventData {
  private static final String FILE = "/curated/additional-event-data.tsv";
  private static final Set<String> TYPES = Set.of("string", "number", "boolean", "object");

  private static final Map<String, List<Row>> ROWS = new LinkedHashMap<>();

  static {
    for (CuratedRows.Row row : CuratedRows.rows(FILE)) {
      String[] c = row.cells();
      if (c.length != 8 || c[2].isBlank() || !TYPES.contains(c[3]) || c[7].isBlank()) {
        throw new IllegalStateException(
            "curated/additional-event-data.tsv line "
                + row.line()
                + ": 8 columns expected, a JSON type and evidence");
      }
      Key key =
          new Key(
              c[2],
              c[3],
              c[4].equals("always") ? Optional.empty() : Optional.of(c[4]),
              c[5],
              c[6],
              c[7]);
      List<Row> rows = ROWS.get(c[0]);
      if (rows == null) {
        rows = new ArrayList<>();
        ROWS.put(c[0], rows);
      }
      rows.add(new Row(c[1], key));
    }
  }

  private AdditionalEventData() {}

  /**
   * A documented key.
   *
   * @param jsonType {@code string}, {@code number}, {@code boolean} or {@code object}
   * @param condition when the key is present, if not always
   * @param basis {@code doc} or {@code inference: why}
   * @param doc what the value is
   */
  public record Key(
      String key,
      String jsonType,
      Optional<String> condition,
      String basis,
      String doc,
      String evidence) {
    public boolean inferred() {
      return basis.startsWith("inference");
    }
  }

  private record Row(String events, Key key) {}

  /**
   * The documented keys of an event, each once, in file order.
   *
   * @param names the event's names
   * @param apiCall whether it is an API call (rows for {@code *} and {@code data-events} apply to
   *     API calls only: a service event of the same source logs other keys)
   * @param dataEvent whether it is a data event (rows for {@code data-events} apply)
   */
  public static List<Key> of(
      String eventSource, List<String> names, boolean apiCall, boolean dataEvent) {
    Set<String> seen = new LinkedHashSet<>();
    List<Key> out = new ArrayList<>();
    for (Row r : ROWS.getOrDefault(eventSource, List.of())) {
      boolean rule = r.events().equals("*") || r.events().equals("data-events");
      if ((apiCall || !rule) && applies(r.events(), names, dataEvent) && seen.add(r.key().key())) {
        out.add(r.key());
      }
    }
    return out;
  }

  private static boolean applies(String events, List<String> names, boolean dataEvent) {
    if (events.equals("*")) {
      return true;
    }
    if (events.equals("data-events")) {
      return dataEvent;
    }
    for (String e : events.split("\\|")) {
      if (names.contains(e)) {
        return true;
      }
    }
    return false;
  }
}
