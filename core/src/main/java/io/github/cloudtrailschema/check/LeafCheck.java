package io.github.cloudtrailschema.check;

/**
 * One leaf of a record (a scalar, {@code null}, {@code {}} or {@code []}) and whether the schema
 * explains it.
 *
 * @param path in the project's notation: {@code requestParameters.tags[].key}, map keys as {@code
 *     *}
 */
public record LeafCheck(String path, Status status) {
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

  public boolean explained() {
    return status == Status.EXPLAINED
        || status == Status.EXPLAINED_BY_ALTERNATIVE
        || status == Status.EXPLAINED_BY_LOGS;
  }
}
