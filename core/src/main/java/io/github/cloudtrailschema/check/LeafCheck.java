package io.github.cloudtrailschema.check;

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
    /** The schema has no such field. */
    UNKNOWN_FIELD,
    /** The schema has the field with another type. */
    WRONG_TYPE
  }

  /** The path as reports print it, {@code {}} marking an empty object: {@code a.filter{}}. */
  public String text() {
    return emptyObject ? path + "{}" : path.toString();
  }

  public boolean explained() {
    return status == Status.EXPLAINED || status == Status.EXPLAINED_BY_ALTERNATIVE;
  }
}
