package io.github.cloudtrailschema.walk;

import java.util.Locale;
import java.util.Optional;

/** Which half of an API call: the request or the response. */
public enum Direction {
  INPUT("requestParameters"),
  OUTPUT("responseElements");

  private final String recordField;

  Direction(String recordField) {
    this.recordField = recordField;
  }

  /** The CloudTrail record field that holds this half. */
  public String recordField() {
    return recordField;
  }

  /** {@code input} / {@code output}, any case. */
  public static Optional<Direction> parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "input" -> Optional.of(INPUT);
      case "output" -> Optional.of(OUTPUT);
      default -> Optional.empty();
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
