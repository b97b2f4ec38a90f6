package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.ScalarKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the shapes an operation of a user's model reaches (its input, output and CloudTrail-only
 * shapes, and every shape they refer to): a missing shape, an unknown {@code "type"} or a {@code
 * pattern} that does not compile would make the walk print a wrong {@code requestParameters: null},
 * so such an operation is skipped with the first broken shape named instead.
 */
final class OperationCheck {
  /** The operation keys whose {@code shape} starts a closure. */
  private static final List<String> ROOTS =
      List.of("input", "output", "additionalEventData", "serviceEventDetails");

  private OperationCheck() {}

  /** Why the operation {@code op} cannot be used, or empty when every shape it reaches is sound. */
  static Optional<String> broken(JsonNode op, JsonNode shapes) {
    Deque<String[]> todo = new ArrayDeque<>();
    for (String root : ROOTS) {
      C2jParser.text(op.path(root), "shape").ifPresent(s -> todo.add(new String[] {s, root}));
    }
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String[] next = todo.poll();
      String name = next[0];
      if (!seen.add(name)) {
        continue;
      }
      JsonNode shape = shapes.get(name);
      if (shape == null || !shape.isObject()) {
        return Optional.of(next[1] + " refers to missing shape \"" + name + "\"");
      }
      Optional<String> problem = problem(name, shape);
      if (problem.isPresent()) {
        return problem;
      }
      for (String key : List.of("member", "key", "value")) {
        refer(shape.path(key), name + "." + key, todo);
      }
      shape
          .path("members")
          .properties()
          .forEach(e -> refer(e.getValue(), name + "." + e.getKey(), todo));
    }
    return Optional.empty();
  }

  private static void refer(JsonNode member, String where, Deque<String[]> todo) {
    if (member.isObject()) {
      todo.add(new String[] {C2jParser.text(member, "shape").orElse(""), "member " + where});
    }
  }

  private static Optional<String> problem(String name, JsonNode shape) {
    String type = C2jParser.text(shape, "type").orElse("");
    boolean known =
        type.equals("structure")
            || type.equals("list")
            || type.equals("map")
            || ScalarKind.fromC2j(type).isPresent();
    if (!known) {
      return Optional.of("shape \"" + name + "\" has unknown type \"" + type + "\"");
    }
    Optional<String> pattern = C2jParser.text(shape, "pattern");
    if (pattern.isPresent()) {
      try {
        Pattern.compile(pattern.get());
      } catch (PatternSyntaxException e) {
        return Optional.of(
            "shape \"" + name + "\" has an invalid pattern (" + e.getDescription() + ")");
      }
    }
    return Optional.empty();
  }
}
