package io.github.cloudtrailschema.loading;

/** Something wrong in a model file that the loader worked around or refused. */
public record LoadProblem(String source, String message) {
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
