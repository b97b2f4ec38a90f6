package io.github.cloudtrailschema.scan;

/** Whether the API model accounts for an observed field path. */
public enum Explanation {
  /** The model has a member at this path. */
  EXPLAINED,
  /** The model was consulted and has no such member. */
  UNEXPLAINED,
  /** Not checked (no model engine plugged in, or the event is not in the catalogue). */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
