package io.github.cloudtrailschema.check;

import io.github.cloudtrailschema.overlay.OverlayPaths;
import io.github.cloudtrailschema.walk.path.FieldPath;

/**
 * One leaf of a record (a scalar, {@code null}, {@code {}} or {@code []}) and whether the schema
 * explains it.
 *
 * @param path where it is: {@code requestParameters.tags[].key}; an empty array is a path ending in
 *     a list element
 * @param emptyObject whether the leaf is an empty object ({@code {}}) at {@code path}
 */
public record LeafCheck(FieldPath path, boolean emptyObject, Status status) {
  /** The verdict on one leaf. */
  public enum Status {
    /** The schema has this field, under the name it shows, with a compatible type. */
    EXPLAINED,
    /**
     * Explained only by a spelling the schema lists as an alternative ("also logged as"), not by
     * the name it shows: a rule written with the shown name would miss this leaf.
     */
    EXPLAINED_BY_ALTERNATIVE,
    /**
     * No model has this field, but the user's logs showed it ({@code learn}): explained "from your
     * logs", counted apart from what the models explain.
     */
    EXPLAINED_BY_LOGS,
    /** The schema has no such field. */
    UNKNOWN_FIELD,
    /** The schema has the field with another type. */
    WRONG_TYPE
  }

  /** The path as reports print it, {@code {}} marking an empty object: {@code a.filter{}}. */
  public String text() {
    return emptyObject ? path + "{}" : path.toString();
  }

  /**
   * The leaf in the notation of learned paths ({@link OverlayPaths}), each data-like key as {@code
   * *}, and {@code {}} after an empty object: how {@code learn} writes it and how {@code check}
   * finds it again. Keys are taken whole from the typed path, so a key holding {@code .} or {@code
   * []} stays one key (and, being no name, a {@code *}).
   */
  public String overlayPath() {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (FieldPath.Segment s : path.segments()) {
      if (s instanceof FieldPath.Key k) {
        if (first) {
          b.append(k.name()); // the record part: requestParameters, ...
        } else {
          b.append('.').append(OverlayPaths.isName(k.name()) ? k.name() : "*");
        }
      } else if (s == FieldPath.AnyKey.INSTANCE) {
        b.append(".*");
      } else {
        b.append("[]");
      }
      first = false;
    }
    return emptyObject ? b.append("{}").toString() : b.toString();
  }

  public boolean explained() {
    return status == Status.EXPLAINED
        || status == Status.EXPLAINED_BY_ALTERNATIVE
        || status == Status.EXPLAINED_BY_LOGS;
  }
}
