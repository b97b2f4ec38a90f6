package io.github.cloudtrailschema.lint;

import java.util.Locale;

/** How bad a finding is: an error fails the run (exit 1), a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  /** {@code error} / {@code warning}, as compilers print it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
