package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.ServiceLocator;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code SERVICE[.OPERATION[.input|.output]]}. Service names may contain dots ({@code
 * api.ecr}, {@code iam.amazonaws.com}, {@code aws.iam}), so the longest prefix that names a service
 * wins and the rest must be an operation and a direction.
 */
final class SelectorResolver {
  private final ModelCatalog catalog;
  private final ServiceLocator locator;

  SelectorResolver(ModelCatalog catalog) {
    this.catalog = catalog;
    List<io.github.cloudtrailschema.model.ServiceMetadata> metadata = new java.util.ArrayList<>();
    for (ServiceSummary s : catalog.services()) {
      metadata.add(s.metadata());
    }
    this.locator = new ServiceLocator(metadata);
  }

  ServiceLocator locator() {
    return locator;
  }

  Selector resolve(String text) {
    if (text.isBlank()) {
      throw new UserError("empty selector; expected SERVICE[.OPERATION[.input|.output]]");
    }
    String[] parts = text.split("\\.", -1);
    if (List.of(parts).contains("")) {
      throw new UserError(
          "'" + text + "' has an empty segment; expected SERVICE[.OPERATION[.input|.output]]");
    }
    for (int i = parts.length; i >= 1; i--) {
      String candidate = String.join(".", Arrays.copyOfRange(parts, 0, i));
      Optional<String> service = locator.find(candidate);
      if (service.isPresent()) {
        return rest(service.get(), Arrays.copyOfRange(parts, i, parts.length), text);
      }
    }
    throw unknownService(text, parts[0]);
  }

  private UserError unknownService(String text, String first) {
    // Ambiguous names (a signing name shared by several services) deserve their own message.
    for (String candidate : List.of(text, first)) {
      var hits = locator.candidates(candidate);
      if (hits.size() > 1) {
        return new UserError(
            "'"
                + candidate
                + "' names several services: "
                + String.join(", ", hits)
                + "; use one of those names");
      }
    }
    List<String> close = Suggestions.closest(first, locator.allNames(), 3);
    return new UserError(
        "unknown service '"
            + first
            + "'"
            + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
            + " ('cloudtrail-schema' lists all services)");
  }

  private Selector rest(String service, String[] rest, String text) {
    if (rest.length == 0) {
      return new Selector(service, Optional.empty(), Optional.empty());
    }
    if (rest.length > 2) {
      throw new UserError(
          "'"
              + text
              + "' has extra segments after '"
              + rest[0]
              + "."
              + rest[1]
              + "'; expected SERVICE[.OPERATION[.input|.output]]");
    }
    ServiceModel model = catalog.load(service, false);
    String op = findOperation(model, rest[0]);
    if (rest.length == 1) {
      return new Selector(service, Optional.of(op), Optional.empty());
    }
    Optional<Direction> d = Direction.parse(rest[1]);
    if (d.isEmpty()) {
      throw new UserError(
          "unknown direction '"
              + rest[1]
              + "' in '"
              + text
              + "'; expected 'input' or 'output' (or 'additional', 'details')"
              + hint(rest[1], List.of("input", "output", "additional", "details")));
    }
    return new Selector(service, Optional.of(op), d);
  }

  /** The operation a typed name means: its name or its CloudTrail event name, any case. */
  static String findOperation(ServiceModel model, String typed) {
    for (String candidate : EventNames.operationCandidates(model.metadata(), typed)) {
      if (model.operations().containsKey(candidate)) {
        return candidate;
      }
      String lower = candidate.toLowerCase(Locale.ROOT);
      for (String name : model.operations().keySet()) {
        if (name.toLowerCase(Locale.ROOT).equals(lower)) {
          return name;
        }
      }
    }
    throw new UserError(
        "unknown operation '"
            + typed
            + "' in "
            + model.name()
            + hint(typed, model.operations().keySet())
            + " ('cloudtrail-schema "
            + model.name()
            + "' lists its operations)");
  }

  private static String hint(String typed, java.util.Collection<String> names) {
    List<String> close = Suggestions.closest(typed, names, 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }
}
