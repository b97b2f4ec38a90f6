package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ServiceMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which events CloudTrail logs as data events, and under which {@code resources.type}, from the
 * CloudTrail User Guide's data-events table ({@code curated/data-events.tsv}); and which event
 * sources have network activity events ({@code curated/network-activity.tsv}). Every other event is
 * a management event.
 */
public final class EventCategories {
  private static final String DATA_FILE = "/curated/data-events.tsv";
  private static final String NETWORK_FILE = "/curated/network-activity.tsv";

  /** The rows by event source (a {@code -} source for types whose source nobody documents). */
  private static final Map<String, List<DataEventRow>> BY_SOURCE = new LinkedHashMap<>();

  /** The rows by event name, for rows whose event source is an inference (see {@link #matches}). */
  private static final Map<String, List<DataEventRow>> INFERRED_BY_NAME = new LinkedHashMap<>();

  private static final Map<String, NetworkSource> NETWORK = new LinkedHashMap<>();

  static {
    for (CuratedRows.Row row : CuratedRows.rows(DATA_FILE)) {
      String[] c = row.cells();
      if (c.length != 7 || !c[0].startsWith("AWS::") || c[1].isBlank() || c[2].isBlank()
          || c[6].isBlank()) {
        throw new IllegalStateException(
            "curated/data-events.tsv line " + row.line() + ": 7 columns expected, with evidence");
      }
      DataEventRow r = new DataEventRow(c[0], c[1], c[2], c[3], c[4], c[6]);
      add(BY_SOURCE, r.eventSource(), r);
      if (r.sourceInferred() && !r.anyEvent()) {
        add(INFERRED_BY_NAME, r.eventName(), r);
      }
    }
    for (CuratedRows.Row row : CuratedRows.rows(NETWORK_FILE)) {
      String[] c = row.cells();
      if (c.length != 4 || !c[0].endsWith(".amazonaws.com") || c[3].isBlank()) {
        throw new IllegalStateException(
            "curated/network-activity.tsv line " + row.line() + ": 4 columns expected, with evidence");
      }
      NETWORK.put(c[0], new NetworkSource(c[0], c[1], c[2], c[3]));
    }
  }

  private EventCategories() {}

  // Plain loops and no lambdas here and in RecordFacts: every show runs this, and the first use of
  // a lambda or a stream costs milliseconds of start-up.
  private static void add(Map<String, List<DataEventRow>> map, String key, DataEventRow r) {
    List<DataEventRow> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    list.add(r);
  }

  /**
   * One (resources.type, event) fact of the data-events table.
   *
   * @param eventName the event, or {@code *} where the table names the type and no event
   * @param basis {@code doc}, or {@code inference: why} for the event's membership
   * @param sourceBasis {@code doc: ...}, or {@code inference: ...} where the event source is the
   *     Service Authorization Reference prefix plus {@code .amazonaws.com}
   */
  public record DataEventRow(
      String resourcesType,
      String eventSource,
      String eventName,
      String basis,
      String sourceBasis,
      String evidence) {
    public boolean anyEvent() {
      return eventName.equals("*");
    }

    public boolean inferred() {
      return basis.startsWith("inference");
    }

    public boolean sourceInferred() {
      return sourceBasis.startsWith("inference");
    }

    /** The prefix of an inferred source: {@code sagemaker} of {@code sagemaker.amazonaws.com}. */
    String sourcePrefix() {
      String prefix = EventSourceResolver.stripSuffix(eventSource);
      return prefix != null ? prefix : eventSource;
    }
  }

  /**
   * An event source with network activity events.
   *
   * @param basis {@code selector list}, or {@code inference: ...} when only a service list names it
   */
  public record NetworkSource(String eventSource, String service, String basis, String evidence) {
    public boolean inferred() {
      return basis.startsWith("inference");
    }
  }

  /**
   * The data-events rows of an event: those of its source naming one of {@code names} (the name it
   * is logged under and its other names), and those whose source is an inference naming it, where
   * the service signs as that source's prefix (the table's sources are often the Service
   * Authorization Reference prefix: SageMaker Runtime logs InvokeEndpoint, Timestream Query logs
   * Query). Empty for a management event.
   */
  public static List<DataEventRow> rows(
      ServiceMetadata service, String eventSource, Collection<String> names) {
    List<DataEventRow> out = new ArrayList<>();
    for (DataEventRow r : BY_SOURCE.getOrDefault(eventSource, List.of())) {
      if (!r.anyEvent() && names.contains(r.eventName())) {
        out.add(r);
      }
    }
    for (String name : names) {
      for (DataEventRow r : INFERRED_BY_NAME.getOrDefault(name, List.of())) {
        if (!out.contains(r) && matches(r, service)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static boolean matches(DataEventRow r, ServiceMetadata service) {
    return r.sourcePrefix().equals(service.signingName())
        || r.sourcePrefix().equals(service.endpointPrefix());
  }

  /** The resources.type values an event is logged under, in table order, each once. */
  public static List<String> types(List<DataEventRow> rows) {
    Set<String> types = new LinkedHashSet<>();
    for (DataEventRow r : rows) {
      types.add(r.resourcesType());
    }
    return List.copyOf(types);
  }

  /** Every row of an event source, {@code *} rows included: its data-event types and events. */
  public static List<DataEventRow> ofSource(String eventSource) {
    return List.copyOf(BY_SOURCE.getOrDefault(eventSource, List.of()));
  }

  /** Every resources.type of the table, in table order. */
  public static Set<String> allTypes() {
    Set<String> types = new LinkedHashSet<>();
    for (List<DataEventRow> rows : BY_SOURCE.values()) {
      types.addAll(types(rows));
    }
    return types;
  }

  /** The event source's network activity events, if it has any. */
  public static Optional<NetworkSource> network(String eventSource) {
    return Optional.ofNullable(NETWORK.get(eventSource));
  }

  /** Every event source with network activity events, in table order. */
  public static List<NetworkSource> networkSources() {
    return List.copyOf(NETWORK.values());
  }
}
