package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.report.SearchHitsRenderer;
import io.github.cloudtrailschema.search.Hit;
import io.github.cloudtrailschema.search.Query;
import io.github.cloudtrailschema.search.SearchIndex;
import io.github.cloudtrailschema.search.UnknownFieldException;
import io.github.cloudtrailschema.text.TerminalText;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.trail.ServiceLocator;
import io.github.cloudtrailschema.trail.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code search} does, shared by {@link SearchCommand} and {@link Main}'s lean path: check the
 * request, run it against the index of the models in use, print the hits. Exit code 1 when nothing matches, as
 * grep does.
 */
final class SearchAction {
  private SearchAction() {}

  /**
   * @param catalog the models in use: their index is searched, {@code --service} names one of
   *     their services
   */
  static int run(CliContext ctx, ModelCatalog catalog, SearchRequest r) {
    String text = String.join(" ", r.words()).strip();
    if (text.isEmpty() && r.field() == null) {
      throw new UserError(
          "search needs words to look for, or --field NAME"
              + " (e.g. cloudtrail-schema search security group opened to the internet)");
    }
    if (r.limit() < 1) {
      throw new UserError("--limit must be at least 1, not " + r.limit());
    }
    Query q =
        new Query(
            text,
            Optional.ofNullable(r.field()),
            r.service() == null ? Set.of() : eventSources(catalog, r.service()),
            r.mutating(),
            r.limit());
    SearchIndex index = SearchIndexes.open(catalog, ctx);
    if (!text.isEmpty() && index.meaningfulWords(text).isEmpty()) {
      throw new UserError(
          "nothing to search for in '"
              + text
              + "': only common words; say what happened"
              + " (e.g. security group opened to the internet)");
    }
    List<Hit> hits;
    try {
      hits = index.search(q);
    } catch (UnknownFieldException e) {
      // nothing found, as the README's exit codes say (1), with what might have been meant
      ctx.err().println("cloudtrail-schema: " + TerminalText.oneLine(e.getMessage()));
      return ExitCodes.FINDINGS;
    }
    if (hits.isEmpty()) {
      ctx.err().println("cloudtrail-schema: no event matches " + describe(text, r));
      return ExitCodes.FINDINGS;
    }
    if (r.json()) {
      SearchHitsRenderer.json(hits, ctx.out());
    } else {
      SearchHitsRenderer.table(hits, ctx.out());
    }
    return ExitCodes.OK;
  }

  private static String describe(String text, SearchRequest r) {
    List<String> parts = new ArrayList<>();
    if (!text.isEmpty()) {
      parts.add("'" + text + "'");
    }
    if (r.field() != null) {
      parts.add("field " + r.field());
    }
    if (r.service() != null) {
      parts.add("in " + r.service());
    }
    return String.join(", ", parts) + (r.mutating() ? " (mutating events only)" : "");
  }

  /**
   * The event sources {@code --service} names, by any name a selector accepts; a service's curated
   * non-API events share its event source and so come along ({@code ec2}: its service events).
   */
  private static Set<String> eventSources(ModelCatalog catalog, String typed) {
    List<ServiceMetadata> all = new ArrayList<>();
    for (ServiceSummary s : catalog.services()) {
      all.add(s.metadata());
    }
    ServiceLocator locator = new ServiceLocator(all);
    Optional<String> name = locator.find(typed);
    if (name.isEmpty()) {
      Set<String> several = locator.candidates(typed);
      if (several.size() > 1) {
        throw new UserError(
            "'"
                + typed
                + "' names several services: "
                + String.join(", ", several)
                + "; use one of those names");
      }
      List<String> close = Suggestions.closest(typed, locator.allNames(), 3);
      throw new UserError(
          "unknown service '"
              + typed
              + "'"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
              + " ('cloudtrail-schema' lists all services)");
    }
    for (ServiceMetadata m : all) {
      if (m.name().equals(name.get())) {
        return Set.of(EventSourceResolver.eventSource(m));
      }
    }
    throw new IllegalStateException("located service " + name.get() + " is not in the catalogue");
  }
}
