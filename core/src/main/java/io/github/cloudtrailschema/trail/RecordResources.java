package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a record's {@code resources} array holds for an event ({@code
 * curated/record-resources.tsv}): its elements' types, ARN formats and whether they carry an
 * account. An event's own rows win; then its source's rules: its data events, events whose request
 * names a member ({@code KeyId}), events whose URI carries one ({@code Bucket}). A data event
 * without rows names one resource of each type it is logged under, as data-event selectors match
 * the record's {@code resources.type}.
 */
public final class RecordResources {
  private static final String FILE = "/curated/record-resources.tsv";
  private static final String DATA_EVENTS = "data-events";
  private static final String REQUEST_MEMBER = "request-member:";
  private static final String REQUEST_URI = "request-uri:";
  private static final String SELECTOR_RULE =
      "data-event selectors match the record's resources.type"
          + " (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedFieldSelector.html)";

  /** Rows by event source, in file order. */
  private static final Map<String, List<Row>> ROWS = new LinkedHashMap<>();

  static {
    for (CuratedRows.Row row : CuratedRows.rows(FILE)) {
      String[] c = row.cells();
      if (c.length != 9 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank() || c[8].isBlank()) {
        throw new IllegalStateException(
            "curated/record-resources.tsv line " + row.line() + ": 9 columns expected, with evidence");
      }
      Optional<Element> element = Optional.empty();
      if (!c[2].equals("-")) {
        List<String> formats = c[4].isBlank() ? ResourceTypes.arnFormats(c[2]) : List.of(c[4]);
        element =
            Optional.of(
                new Element(
                    c[2],
                    c[3].isBlank() ? "ARN" : c[3],
                    formats,
                    c[5].equals("yes"),
                    c[6].equals("always") ? Optional.empty() : Optional.of(c[6]),
                    c[7],
                    c[8]));
      }
      List<Row> rows = ROWS.get(c[0]);
      if (rows == null) {
        rows = new ArrayList<>();
        ROWS.put(c[0], rows);
      }
      rows.add(new Row(c[1], element));
    }
  }

  private RecordResources() {}

  /**
   * One element of {@code resources}.
   *
   * @param arnKey {@code ARN}, or {@code ARNPrefix} where the record names a prefix (S3 list calls)
   * @param arnFormats the ARN's formats; empty where no source read gives one
   * @param accountId whether the element carries {@code accountId}
   * @param condition when the element is present, if not always
   * @param basis {@code doc}, {@code rule: ...} or {@code inference: why}
   */
  public record Element(
      String type,
      String arnKey,
      List<String> arnFormats,
      boolean accountId,
      Optional<String> condition,
      String basis,
      String evidence) {
    public Element {
      arnFormats = List.copyOf(arnFormats);
    }

    public boolean always() {
      return condition.isEmpty();
    }

    public boolean inferred() {
      return basis.startsWith("inference");
    }

    /** The expression of the element's ARN, where its format is known. */
    public Optional<String> arnPattern() {
      return arnFormats.isEmpty() ? Optional.empty() : Optional.of(ArnFormat.pattern(arnFormats));
    }

    /**
     * An example ARN: of the format where it is known, else a placeholder of the type's service and
     * resource ({@code arn:aws:appconfig:us-east-1:123456789012:configuration/example}).
     */
    public String exampleArn() {
      return arnFormats.isEmpty()
          ? ArnFormat.placeholder(type)
          : ArnFormat.example(arnFormats.get(0));
    }
  }

  /** A row: the events it applies to and its element, none for a row that says "no resources". */
  private record Row(String events, Optional<Element> element) {
    boolean names(List<String> names) {
      for (String e : events.split("\\|")) {
        if (names.contains(e)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The elements of the event's {@code resources}, in record order; empty when it logs none or
   * nothing is known.
   *
   * @param names the event's names (the name it is logged under and its other names)
   * @param dataTypes the resources.types it is logged under as a data event; empty for others
   */
  public static List<Element> of(
      ServiceModel service,
      Operation op,
      String eventSource,
      List<String> names,
      List<String> dataTypes) {
    List<Row> rows = ROWS.getOrDefault(eventSource, List.of());
    if (rows.isEmpty() && dataTypes.isEmpty()) {
      return List.of();
    }
    List<Row> own = new ArrayList<>();
    List<Row> data = new ArrayList<>();
    for (Row r : rows) {
      if (!isRule(r.events()) && r.names(names)) {
        own.add(r);
      } else if (r.events().equals(DATA_EVENTS)) {
        data.add(r);
      }
    }
    if (!own.isEmpty()) {
      return elements(own);
    }
    if (!dataTypes.isEmpty()) {
      return data.isEmpty() ? selectorTypes(dataTypes) : elements(data);
    }
    Optional<StructureShape> request = request(service, op);
    if (request.isEmpty()) {
      return List.of();
    }
    for (String rule : new String[] {REQUEST_MEMBER, REQUEST_URI}) {
      List<Row> matching = new ArrayList<>();
      for (Row r : rows) {
        if (r.events().startsWith(rule) && has(request.get(), r.events(), rule)) {
          matching.add(r);
        }
      }
      if (!matching.isEmpty()) {
        return elements(matching);
      }
    }
    return List.of();
  }

  private static boolean isRule(String events) {
    return events.equals(DATA_EVENTS)
        || events.startsWith(REQUEST_MEMBER)
        || events.startsWith(REQUEST_URI);
  }

  private static List<Element> elements(List<Row> rows) {
    List<Element> out = new ArrayList<>();
    for (Row r : rows) {
      if (r.element().isPresent()) {
        out.add(r.element().get());
      }
    }
    return out;
  }

  private static List<Element> selectorTypes(List<String> types) {
    List<Element> out = new ArrayList<>();
    for (String type : types) {
      out.add(
          new Element(
              type,
              "ARN",
              ResourceTypes.arnFormats(type),
              true,
              Optional.empty(),
              "rule: " + SELECTOR_RULE,
              SELECTOR_RULE));
    }
    return out;
  }

  private static Optional<StructureShape> request(ServiceModel service, Operation op) {
    if (op.input().isEmpty()) {
      return Optional.empty();
    }
    Shape s = service.shape(op.input().get()).orElse(null);
    return s instanceof StructureShape st ? Optional.of(st) : Optional.empty();
  }

  private static boolean has(StructureShape request, String events, String rule) {
    String name = events.substring(rule.length());
    Optional<Member> m = request.member(name);
    return m.isPresent() && (rule.equals(REQUEST_MEMBER) || m.get().location() == Location.URI);
  }
}
