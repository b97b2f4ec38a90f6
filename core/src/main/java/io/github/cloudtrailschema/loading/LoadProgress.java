package io.github.cloudtrailschema.loading;

/**
 * Hears how far the parsing of a model folder has come: the first run over a botocore parses some
 * 400 files, a few seconds a user should see pass. Called from the parsing threads.
 */
@FunctionalInterface
public interface LoadProgress {
  LoadProgress NONE = (done, total) -> {};

  /** {@code done} of {@code total} model files parsed; 0 first, {@code total} last. */
  void parsed(int done, int total);
}
