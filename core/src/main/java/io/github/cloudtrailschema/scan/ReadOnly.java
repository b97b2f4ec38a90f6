package io.github.cloudtrailschema.scan;

/** The readOnly flag as seen across all records of an event. */
public enum ReadOnly {
  TRUE,
  FALSE,
  /** Both values were seen (e.g. an API that reads or writes depending on parameters). */
  MIXED,
  /** No record carried the flag. */
  UNKNOWN;

  public static ReadOnly of(long trues, long falses) {
    if (trues > 0 && falses > 0) {
      return MIXED;
    }
    return trues > 0 ? TRUE : falses > 0 ? FALSE : UNKNOWN;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
