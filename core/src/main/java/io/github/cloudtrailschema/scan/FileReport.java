package io.github.cloudtrailschema.scan;

/**
 * What reading one file gave.
 *
 * @param records CloudTrail records delivered to the decoder
 * @param skippedRecords JSON values that were not records (no string eventSource and eventName)
 * @param problem why the file as a whole is to be skipped, or null when it was read to the end
 * @param firstSkip why the first skipped record was skipped, when that was not simply "not a
 *     record" (a duplicate key); null otherwise
 */
public record FileReport(
    String path, long records, long skippedRecords, Problem problem, String firstSkip) {

  /** A report whose skipped values, if any, were simply not records. */
  public FileReport(String path, long records, long skippedRecords, Problem problem) {
    this(path, records, skippedRecords, problem, null);
  }

  public boolean ok() {
    return problem == null;
  }

  /** One line for stderr. */
  public String describe() {
    if (problem != null) {
      return path + ": skipped: " + problem.message();
    }
    if (firstSkip != null) {
      return path + ": " + skippedRecords + " value(s) skipped; the first: " + firstSkip;
    }
    return path + ": " + skippedRecords + " value(s) skipped: not CloudTrail records";
  }
}
