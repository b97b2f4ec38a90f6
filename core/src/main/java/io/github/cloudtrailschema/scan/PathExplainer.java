package io.github.cloudtrailschema.scan;

import io.github.cloudtrailschema.walk.path.FieldPath;

/**
 * Says whether the schema explains an observed path. The real engine (the {@code check} command's)
 * plugs in here; until then {@link #UNKNOWN} answers for everything, and the output says so rather
 * than guessing.
 */
@FunctionalInterface
public interface PathExplainer {
  PathExplainer UNKNOWN = (eventSource, eventName, path) -> Explanation.UNKNOWN;

  Explanation explain(String eventSource, String eventName, FieldPath path);
}
