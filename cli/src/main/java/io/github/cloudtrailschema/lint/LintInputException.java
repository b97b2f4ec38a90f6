package io.github.cloudtrailschema.lint;

/** A file that cannot be read as YAML or JSON: the reason in one line, and where. */
public final class LintInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Position position;

  public LintInputException(String message, Position position) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}
