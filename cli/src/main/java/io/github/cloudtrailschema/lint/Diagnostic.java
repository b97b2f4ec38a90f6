package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.text.TerminalText;
import java.util.Comparator;
import java.util.Optional;

/**
 * One finding at one place of one file.
 *
 * @param file the file as named on the command line ({@code -} for stdin)
 * @param suggestion a fix in words ({@code did you mean CreatePolicy?}), if one is known
 */
public record Diagnostic(
    String file, Position position, Severity severity, String message, Optional<String> suggestion) {

  /** File, then position, then message: the order findings are printed in. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparing(Diagnostic::position)
          .thenComparing(Diagnostic::message);

  /**
   * {@code FILE:LINE:COLUMN: error: message; suggestion}, as compilers print findings. File names
   * and messages quote the files (a key, a value): their control characters are escaped, on a
   * terminal or in a CI log alike, and the line stays one line.
   */
  public String text() {
    return TerminalText.escape(file)
        + ":"
        + position.line()
        + ":"
        + position.column()
        + ": "
        + severity.label()
        + ": "
        + TerminalText.escape(message + suggestion.map(s -> "; " + s).orElse(""));
  }
}
