package io.github.cloudtrailschema.loading;

/** A model that cannot be used at all: not JSON, not a C2J model, or a corrupt catalogue. */
public final class ModelLoadException extends RuntimeException {
  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
