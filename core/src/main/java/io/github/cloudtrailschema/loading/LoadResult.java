package io.github.cloudtrailschema.loading;

import java.util.List;

/** A loaded value with the problems met on the way (dangling references, unknown types). */
public record LoadResult<T>(T value, List<LoadProblem> problems) {
  public LoadResult {
    problems = List.copyOf(problems);
  }
}
