package io.github.cloudtrailschema.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the diagnostics of one file. */
final class Findings {
  private final String file;
  private final List<Diagnostic> list = new ArrayList<>();

  Findings(String file) {
    this.file = file;
  }

  void error(Position at, String message, Optional<String> suggestion) {
    add(at, Severity.ERROR, message, suggestion);
  }

  void error(Position at, String message) {
    add(at, Severity.ERROR, message, Optional.empty());
  }

  void warning(Position at, String message, Optional<String> suggestion) {
    add(at, Severity.WARNING, message, suggestion);
  }

  private void add(Position at, Severity s, String message, Optional<String> suggestion) {
    Diagnostic d = new Diagnostic(file, at, s, message, suggestion);
    if (!list.contains(d)) {
      list.add(d);
    }
  }

  /** "did you mean X?" for a present suggestion. */
  static Optional<String> didYouMean(Optional<String> s) {
    return s.map(x -> "did you mean " + x + "?");
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(list);
  }
}
