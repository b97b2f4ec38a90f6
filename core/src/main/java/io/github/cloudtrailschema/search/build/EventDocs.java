package io.github.cloudtrailschema.search.build;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.search.IndexFormat;
import io.github.cloudtrailschema.search.Tokens;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns every event of a catalogue into an {@link EventDoc}: what the index holds of it. */
final class EventDocs {
  /** How many words of documentation after the summary are indexed: the rest is mostly noise. */
  private static final int DOC_WORDS = 60;

  final List<ServiceMetadata> services = new ArrayList<>();
  final List<String> eventSources = new ArrayList<>();
  final List<EventDoc> events = new ArrayList<>();

  static EventDocs of(ModelCatalog catalog) {
    return of(catalog, CatalogIndexes.Progress.NONE);
  }

  /**
   * Services are read on every core (walking each event's whole record is most of an index's
   * cost), then put together in catalogue order: the index is the same however many cores.
   */
  static EventDocs of(ModelCatalog catalog, CatalogIndexes.Progress progress) {
    List<ServiceSummary> summaries = catalog.services();
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    List<ServiceDocs> perService =
        java.util.stream.IntStream.range(0, summaries.size())
            .parallel()
            .mapToObj(
                i -> {
                  ServiceDocs docs = events(i, catalog.load(summaries.get(i).name(), false));
                  progress.services(done.incrementAndGet(), summaries.size());
                  return docs;
                })
            .toList();
    EventDocs docs = new EventDocs();
    for (ServiceDocs s : perService) {
      docs.services.add(s.metadata());
      docs.eventSources.add(EventSourceResolver.eventSource(s.metadata()));
      docs.events.addAll(s.events());
    }
    return docs;
  }

  private record ServiceDocs(ServiceMetadata metadata, List<EventDoc> events) {}

  private static ServiceDocs events(int index, ServiceModel service) {
    ServiceMetadata m = service.metadata();
    Set<String> serviceTerms = serviceTerms(m);
    EventSchemas schemas = new EventSchemas(service);
    List<EventDoc> out = new ArrayList<>();
    for (Operation op : service.operations().values()) {
      out.add(event(index, m, schemas.of(op), serviceTerms));
    }
    return new ServiceDocs(m, out);
  }

  private static EventDoc event(
      int service, ServiceMetadata m, EventSchema event, Set<String> serviceTerms) {
    Operation op = event.operation();
    Map<String, Integer> terms = new LinkedHashMap<>();
    Set<String> name = new LinkedHashSet<>(Tokens.terms(event.eventName()));
    name.addAll(Tokens.terms(op.name()));
    name.forEach(t -> mark(terms, t, IndexFormat.NAME));
    List<String> words = Tokens.words(event.eventName());
    if (!words.isEmpty()) {
      mark(terms, Tokens.stem(words.get(0)), IndexFormat.NAME | IndexFormat.VERB);
    }
    // Product names split by case are typed run together: CloudWatch, KeyPair, SecurityGroup.
    for (int i = 1; i < words.size(); i++) {
      mark(terms, Tokens.stem(words.get(i - 1) + words.get(i)), IndexFormat.NAME);
    }
    serviceTerms.forEach(t -> mark(terms, t, IndexFormat.SERVICE));
    String paragraph = DocText.firstParagraph(op.documentation());
    String summary = DocText.firstSentence(paragraph);
    Tokens.terms(summary).forEach(t -> mark(terms, t, IndexFormat.SUMMARY));
    List<String> rest = Tokens.terms(paragraph.substring(summary.length()));
    rest.subList(0, Math.min(DOC_WORDS, rest.size())).forEach(t -> mark(terms, t, IndexFormat.DOC));
    for (String key : FieldCollector.topLevel(event)) {
      Tokens.terms(key).forEach(t -> mark(terms, t, IndexFormat.MEMBER));
    }
    int flags =
        (event.readOnly() ? IndexFormat.READ_ONLY : 0)
            | (op.deprecated() ? IndexFormat.DEPRECATED : 0)
            | (m.origin() == ModelOrigin.CURATED || !op.isApiCall() ? IndexFormat.NON_API : 0);
    return new EventDoc(
        service,
        event.eventName(),
        op.name().equals(event.eventName()) ? "" : op.name(),
        flags,
        (op.deprecated() ? "[deprecated] " : "") + summary,
        terms,
        name.size(),
        FieldCollector.collect(event));
  }

  private static void mark(Map<String, Integer> terms, String term, int field) {
    terms.merge(term, field, (a, b) -> a | b);
  }

  /**
   * Every name of the service, as words and run together: {@code secretsmanager}, {@code secret},
   * {@code manager}, {@code "AWS Secrets Manager"}; the event source's host ({@code signin}).
   */
  static Set<String> serviceTerms(ServiceMetadata m) {
    Set<String> out = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    names.add(m.name());
    names.add(m.endpointPrefix());
    names.add(m.signingName());
    names.add(m.serviceId());
    names.add(m.fullName());
    m.abbreviation().ifPresent(names::add);
    String source = EventSourceResolver.eventSource(m);
    names.add(source.substring(0, source.indexOf('.') < 0 ? source.length() : source.indexOf('.')));
    for (String n : names) {
      out.addAll(Tokens.terms(n));
      String compact = n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
      if (!compact.isEmpty() && !compact.startsWith("amazon") && !compact.startsWith("aws")) {
        out.add(Tokens.stem(compact));
      }
    }
    return out;
  }
}
