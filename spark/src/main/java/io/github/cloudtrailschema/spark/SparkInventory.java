package io.github.cloudtrailschema.spark;

import io.github.cloudtrailschema.scan.KeyFilter;
import io.github.cloudtrailschema.scan.LogFile;
import io.github.cloudtrailschema.scan.PartialScan;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.scan.ScanResult;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs {@code scan}'s inventory on a Spark cluster: the driver lists, each task reads its share of
 * the files into one {@link PartialScan} (the scan library's reader and decoder, file by file),
 * and the pieces merge in a tree into the same {@link ScanResult} {@code scan} gives. Field
 * explanations are looked up on the driver, once per observed path.
 */
public final class SparkInventory {
  /** Files per task when the job picks the task count: large enough to amortise a task's start. */
  static final int FILES_PER_TASK = 64;

  private final JavaSparkContext sc;

  public SparkInventory(JavaSparkContext sc) {
    this.sc = sc;
  }

  /**
   * Scans the inputs (local paths, {@code s3://bucket/prefix}, any Hadoop path).
   *
   * @param tasks the number of tasks to read with, or 0 to choose from the file count
   * @throws io.github.cloudtrailschema.scan.ScanException when an input cannot be listed
   */
  public ScanResult scan(
      List<String> inputs,
      KeyFilter filter,
      boolean withPaths,
      PathExplainer explainer,
      int tasks) {
    HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
    List<LogRef> files = new HadoopListing(conf.get()).list(inputs, filter);
    PartialScan total = new PartialScan(filter, withPaths);
    if (!files.isEmpty()) {
      JavaRDD<LogRef> refs = sc.parallelize(files, tasks > 0 ? tasks : taskCount(files.size()));
      total =
          refs.mapPartitions(
                  (Iterator<LogRef> part) ->
                      List.of(read(part, filter, withPaths, conf)).iterator())
              .treeReduce(PartialScan::merge);
    }
    return total.result(explainer);
  }

  private int taskCount(int fileCount) {
    int wanted = (fileCount + FILES_PER_TASK - 1) / FILES_PER_TASK;
    return Math.min(fileCount, Math.max(sc.defaultParallelism(), wanted));
  }

  /** One task: its files, in order, each opened through the executor's Hadoop FileSystem. */
  private static PartialScan read(
      Iterator<LogRef> files, KeyFilter filter, boolean withPaths, HadoopConf conf) {
    PartialScan piece = new PartialScan(filter, withPaths);
    while (files.hasNext()) {
      LogRef f = files.next();
      Path path = new Path(f.path());
      piece.read(
          new LogFile(
              f.path(), f.size(), () -> path.getFileSystem(conf.get()).open(path), false));
    }
    return piece;
  }
}
