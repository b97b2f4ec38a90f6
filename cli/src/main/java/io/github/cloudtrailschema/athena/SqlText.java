package io.github.cloudtrailschema.athena;

import java.util.regex.Pattern;

/** Quoting for the SQL this package writes: string literals and identifiers, never raw input. */
final class SqlText {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private SqlText() {}

  /** A string literal: single quotes doubled, as SQL (and Hive DDL) escape them. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * A table or database name as given, when it is a plain identifier; anything else is refused
   * rather than quoted, since Athena's DDL and DML quote identifiers differently (back-ticks vs
   * double quotes).
   */
  static String identifier(String name, String what) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what
              + ": expected letters, digits and underscores (a plain identifier), got '"
              + name
              + "'");
    }
    return name;
  }
}
