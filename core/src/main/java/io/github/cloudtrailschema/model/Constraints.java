package io.github.cloudtrailschema.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Value constraints: {@code min}/{@code max} (length for strings, lists, maps and blobs; value for
 * numbers) and a regular expression {@code pattern} for strings.
 */
public record Constraints(OptionalDouble min, OptionalDouble max, Optional<String> pattern) {
  public static final Constraints NONE =
      new Constraints(OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());

  public boolean isEmpty() {
    return min.isEmpty() && max.isEmpty() && pattern.isEmpty();
  }
}
