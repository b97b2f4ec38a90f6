package io.github.cloudtrailschema.scan;

import java.util.List;

/**
 * The totals and the inventory of a scan. Totals reconcile: {@code records + skippedRecords} is
 * every JSON value found in files read to the end, plus {@code filteredRecords} left out by the
 * filter; records in skipped files are counted nowhere but their file's problem line.
 *
 * @param files files read to the end
 * @param skippedFiles files skipped for a fault (listed in {@code problems})
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

  /** Whether anything was skipped: the scan is then incomplete, and says so in its exit code. */
  public boolean hasFindings() {
    return skippedFiles > 0 || skippedRecords > 0;
  }
}
