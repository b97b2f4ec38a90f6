package io.github.cloudtrailschema.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of leaf value an API model knows. */
public enum ScalarKind {
  STRING,
  BOOLEAN,
  INTEGER,
  LONG,
  FLOAT,
  DOUBLE,
  BIG_INTEGER,
  BIG_DECIMAL,
  TIMESTAMP,
  BLOB;

  private final String c2jName = name().replace("_", "").toLowerCase(Locale.ROOT);

  /** The C2J spelling ({@code "string"}, {@code "bigdecimal"}, ...). */
  public String c2jName() {
    return c2jName;
  }

  public static Optional<ScalarKind> fromC2j(String type) {
    for (ScalarKind k : values()) {
      if (k.c2jName().equals(type)) {
        return Optional.of(k);
      }
    }
    // Some models say "short"/"byte"/"character"; they are integers on the wire.
    return switch (type) {
      case "short", "byte" -> Optional.of(INTEGER);
      case "character" -> Optional.of(STRING);
      default -> Optional.empty();
    };
  }

  public boolean isNumeric() {
    return switch (this) {
      case INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
      default -> false;
    };
  }
}
