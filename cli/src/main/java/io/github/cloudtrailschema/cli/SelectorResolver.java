package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.ServiceLocator;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.RecordPart;
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
  private static final int MAX_SERVICE_SEGMENTS = 6;
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
          "'" + echo(text) + "' has an empty segment; expected SERVICE[.OPERATION[.input|.output]]");
    }
    // No service name has more than a few dots: longer prefixes need not be tried (a hostile
    // argument of 50,000 dots would otherwise cost 50,000 joins).
    for (int i = Math.min(parts.length, MAX_SERVICE_SEGMENTS); i >= 1; i--) {
      String candidate = String.join(".", Arrays.copyOfRange(parts, 0, i));
      Optional<String> service = locator.find(candidate);
      if (service.isPresent()) {
        String[] rest = Arrays.copyOfRange(parts, i, parts.length);
        if (rest.length > 0 && rest.length <= 2) {
          Optional<String> sibling = siblingDefining(service.get(), candidate, rest[0]);
          if (sibling.isPresent()) {
            return rest(sibling.get(), rest, text);
          }
        }
        return rest(service.get(), rest, text);
      }
    }
    throw unknownService(text, parts[0]);
  }

  /**
   * An event source or signing name may be shared by several models (API Gateway v1 and v2 under
   * {@code apigateway.amazonaws.com}, Bedrock and its runtime under {@code aws.bedrock}, IAM
   * Identity Center's admin and portal APIs under {@code sso}, KMS's API and its service events).
   * {@code check} recognises an event in any of them, so a selector does too: when the preferred
   * service lacks the operation, the one other service that has it answers; two are a choice the
   * user makes.
   */
  private Optional<String> siblingDefining(String preferred, String typedService, String op) {
    if (definesOperation(preferred, op)) {
      return Optional.empty();
    }
    List<String> defining = new java.util.ArrayList<>();
    for (String other : locator.candidates(typedService)) {
      if (!other.equals(preferred) && definesOperation(other, op)) {
        defining.add(other);
      }
    }
    if (defining.size() > 1) {
      List<String> choices = new java.util.ArrayList<>();
      for (String d : defining) {
        choices.add(d + "." + op);
      }
      throw new UserError(
          "'"
              + echo(typedService)
              + "' names several services that define "
              + echo(op)
              + ": "
              + String.join(", ", choices)
              + "; name one of those");
    }
    return defining.isEmpty() ? Optional.empty() : Optional.of(defining.get(0));
  }

  private boolean definesOperation(String service, String typedOp) {
    try {
      findOperation(catalog.load(service, false), typedOp, catalog.skipped());
      return true;
    } catch (UserError e) {
      return false;
    }
  }

  private UserError unknownService(String text, String first) {
    // Ambiguous names (a signing name shared by several services) deserve their own message.
    for (String candidate : List.of(text, first)) {
      var hits = locator.candidates(candidate);
      if (hits.size() > 1) {
        return new UserError(
            "'"
                + echo(candidate)
                + "' names several services: "
                + String.join(", ", hits)
                + "; use one of those names");
      }
    }
    if (first.equals(text)) {
      // A misspelt command ('sacn', 'exprot') reads as a service name: say which command it was.
      List<String> command = Suggestions.closest(first, RootCommand.commandNames(), 1);
      if (!command.isEmpty()) {
        return new UserError(
            "unknown command or service '"
                + echo(first)
                + "'; did you mean "
                + command.get(0)
                + "? ('cloudtrail-schema --help' lists the commands)");
      }
    }
    List<String> close = Suggestions.closest(first, locator.allNames(), 3);
    return new UserError(
        "unknown service '"
            + echo(first)
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
              + echo(text)
              + "' has extra segments after '"
              + echo(rest[0])
              + "."
              + echo(rest[1])
              + "'; expected SERVICE[.OPERATION[.input|.output]]");
    }
    ServiceModel model = catalog.load(service, false);
    String op = findOperation(model, rest[0], catalog.skipped());
    if (rest.length == 1) {
      return new Selector(service, Optional.of(op), Optional.empty());
    }
    Optional<RecordPart> d = RecordPart.parse(rest[1]);
    if (d.isEmpty()) {
      throw new UserError(
          "unknown direction '"
              + echo(rest[1])
              + "' in '"
              + echo(text)
              + "'; expected 'input' or 'output' (or 'additional', 'details')"
              + hint(rest[1], List.of("input", "output", "additional", "details")));
    }
    return new Selector(service, Optional.of(op), d);
  }

  /** The operation a typed name means: its name or its CloudTrail event name, any case. */
  static String findOperation(ServiceModel model, String typed) {
    return findOperation(model, typed, List.of());
  }

  /**
   * As {@link #findOperation(ServiceModel, String)}; an operation of a user's model that was skipped
   * (a broken shape) is still unknown, with the reason it was skipped.
   */
  static String findOperation(
      ServiceModel model,
      String typed,
      List<io.github.cloudtrailschema.loading.LoadProblem> skipped) {
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
    Optional<String> why =
        io.github.cloudtrailschema.loading.LoadProblem.whySkipped(skipped, model.name(), typed);
    if (why.isPresent()) {
      throw new UserError(
          "unknown operation '"
              + echo(typed)
              + "' in "
              + model.name()
              + ": skipped when its model was loaded: "
              + echo(why.get()));
    }
    throw new UserError(
        "unknown operation '"
            + echo(typed)
            + "' in "
            + model.name()
            + hint(typed, model.operations().keySet())
            + " ('cloudtrail-schema "
            + model.name()
            + "' lists its operations)");
  }

  private static String echo(String typed) {
    return io.github.cloudtrailschema.text.TerminalText.echo(typed);
  }

  private static String hint(String typed, java.util.Collection<String> names) {
    List<String> close = Suggestions.closest(typed, names, 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }
}
