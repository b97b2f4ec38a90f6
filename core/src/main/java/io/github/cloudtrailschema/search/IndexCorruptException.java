package io.github.cloudtrailschema.search;

/** The search index could not be read: missing, truncated or from another version. */
public final class IndexCorruptException extends RuntimeException {
  public IndexCorruptException(String message) {
    super(message);
  }
}
