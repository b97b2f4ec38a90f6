package io.github.cloudtrailschema.export;

/**
 * An export the user asked for that cannot be done as asked (a format that writes files without
 * {@code --out}, a name from a model that is no safe file name): reported in one line, as a usage
 * error when it stops the whole export, or per event when one event cannot be written.
 */
public final class ExportException extends RuntimeException {
  public ExportException(String message) {
    super(message);
  }
}
