package io.github.cloudtrailschema.cli;

/** A mistake in what the user typed: reported in one line, exit code {@link ExitCodes#USAGE}. */
public final class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(String message) {
    this(message, ExitCodes.USAGE);
  }

  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
