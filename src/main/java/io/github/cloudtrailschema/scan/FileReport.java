package io.github.cloudtrailschema.scan;

/**
 * What reading one file gave.
 *
 * @param records CloudTrail records delivered to the decoder
 * @param skippedRecords JSON values that were not records (no string eventSource and eventName)
 * @param problem why the file as a whole is to be skipped, or null when it was read to the end
 */
public record FileReport(String path, long records, long skippedRecords, Problem problem) {

  public boolean ok() {
    return problem == null;
  }

  /** One line for stderr. */
  public String describe() {
    if (problem != null) {
      return path + ": skipped: " + problem.message();
    }
    return path + ": " + skippedRecords + " value(s) skipped: not CloudTrail records";
  }
}
