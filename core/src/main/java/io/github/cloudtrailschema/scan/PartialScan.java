package io.github.cloudtrailschema.scan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scan in pieces, for engines that read files where {@link Scanner} cannot (a Spark job's
 * executors): each piece reads files exactly as a scan worker does (the same {@link RecordReader}
 * and decoder, one fresh inventory per file, merged when the file has been read), pieces
 * merge in any order, and the merged whole gives the {@link ScanResult} {@code scan} would have
 * given for the same files. Serializable, so pieces travel between machines; not thread-safe.
 */
public final class PartialScan implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final RecordReader READER = new RecordReader();

  private final KeyFilter filter;
  private final boolean withPaths;
  private final Inventory inventory;
  private final List<Skip> problems = new ArrayList<>();
  private long filesDone;
  // One decoder per piece, as per scan worker (a decoder may cache across files); never shipped.
  private transient SummaryDecoder decoder;
  private transient Inventory current;

  /** An empty piece; {@code withPaths} collects observed field paths, as {@code scan --fields}. */
  public PartialScan(KeyFilter filter, boolean withPaths) {
    this.filter = filter;
    this.withPaths = withPaths;
    this.inventory = new Inventory(filter, withPaths);
  }

  /** Reads one file into this piece; a fault is recorded as {@code scan} records it, not thrown. */
  public PartialScan read(LogFile file) {
    if (decoder == null) {
      decoder = new SummaryDecoder(r -> current.add(r), withPaths);
    }
    current = new Inventory(filter, withPaths);
    FileReport report = READER.read(file, decoder);
    filesDone++;
    inventory.merge(current); // the records read before a fault count, as in scan

    if (!report.ok() || report.skippedRecords() > 0) {
      problems.add(Skip.of(report));
    }
    return this;
  }

  /** Adds another piece to this one and returns this one. */
  public PartialScan merge(PartialScan other) {
    inventory.merge(other.inventory);
    problems.addAll(other.problems);
    filesDone += other.filesDone;
    return this;
  }

  /** The totals and inventory of every file read into this piece, as {@link Scanner} gives them. */
  public ScanResult result(PathExplainer explainer) {
    List<FileReport> reports = new ArrayList<>();
    problems.forEach(s -> reports.add(s.report()));
    reports.sort(Comparator.comparing(FileReport::path));
    long skippedFiles = 0;
    long skippedRecords = 0;
    for (FileReport r : reports) {
      if (!r.ok()) {
        skippedFiles++;
      }
      skippedRecords += r.skippedRecords();
    }
    List<EventReport> events = inventory.reports(explainer);
    long records = 0;
    for (EventReport e : events) {
      records += e.count();
    }
    return new ScanResult(
        filesDone - skippedFiles,
        records,
        skippedFiles,
        skippedRecords,
        inventory.filtered(),
        events,
        reports);
  }

  /** A {@link FileReport} in serializable form (the report types stay plain records). */
  private record Skip(
      String path,
      long records,
      long skippedRecords,
      Problem.Kind kind,
      String message,
      String firstSkip)
      implements Serializable {

    static Skip of(FileReport r) {
      Problem p = r.problem();
      return new Skip(
          r.path(),
          r.records(),
          r.skippedRecords(),
          p == null ? null : p.kind(),
          p == null ? null : p.message(),
          r.firstSkip());
    }

    FileReport report() {
      Problem p = kind == null ? null : new Problem(kind, message);
      return new FileReport(path, records, skippedRecords, p, firstSkip);
    }
  }
}
