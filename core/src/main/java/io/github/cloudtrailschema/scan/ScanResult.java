package io.github.cloudtrailschema.scan;

import java.util.List;

/**
 * The totals and the inventory of a scan. Totals reconcile: {@code records + skippedRecords +
 * filteredRecords} is every JSON value found ({@code filteredRecords} left out by the filter), in
 * the files read to the end and in those a fault cut short alike: the records read before the
 * fault are counted, the value it broke is skipped ({@link RecordReader}), the same in scan, check
 * and the Spark job.
 *
 * @param files files read to the end
 * @param skippedFiles files a fault cut short or that could not be read (listed in {@code
 *     problems}); their records read before the fault are in {@code records}
 * @param problems one report per skipped file or file with skipped values, sorted by path
 */
public record ScanResult(
    long files,
    long records,
    long skippedFiles,
    long skippedRecords,
    long filteredRecords,
    List<EventReport> events,
    List<FileReport> problems) {

  public ScanResult {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /**
   * The one line for a run that counted no record, naming this scan's files and skipped files; when
   * records were read but the filters left every one out, it says that instead (it said "no
   * CloudTrail record read … 0 skipped" of a folder of good logs for another account).
   */
  public String nothingRead(List<String> inputs) {
    if (filteredRecords > 0) {
      return "no CloudTrail record matched the filters: "
          + filteredRecords
          + " record(s) read from "
          + String.join(" ", inputs)
          + ", every one left out by --account, --log-region, --since or --until ("
          + (files + skippedFiles)
          + " file(s), "
          + skippedFiles
          + " skipped)";
    }
    return nothingRead(files + skippedFiles, skippedFiles, inputs);
  }

  /**
   * The one line for a run that read no record (exit code 1, never a silent empty report): how
   * many files there were and how many of them were skipped, the same for scan, check and the
   * Spark job.
   */
  public static String nothingRead(long found, long skipped, List<String> inputs) {
    return "no CloudTrail record read from "
        + String.join(" ", inputs)
        + (found == 0 ? " (0 files)" : " (" + found + " file(s), " + skipped + " skipped)");
  }

  /** Whether anything was skipped: the scan is then incomplete, and says so in its exit code. */
  public boolean hasFindings() {
    return skippedFiles > 0 || skippedRecords > 0;
  }
}
