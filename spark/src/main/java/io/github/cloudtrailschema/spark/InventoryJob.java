package io.github.cloudtrailschema.spark;

import io.github.cloudtrailschema.check.SchemaPathExplainer;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.scan.FileReport;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.scan.ScanException;
import io.github.cloudtrailschema.scan.ScanResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark job's entry point ({@code spark-submit --class
 * io.github.cloudtrailschema.spark.InventoryJob}): the report {@code scan} prints, for the same
 * inputs, to stdout or {@code --out}. Problems are one line each on stderr and the exit code is
 * {@code scan}'s: 0, 1 when input was skipped or no record read, 2 for bad usage, 4 when an input
 * cannot be listed or the report not written.
 */
public final class InventoryJob {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int IO = 4;

  private InventoryJob() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try (JavaSparkContext sc =
        new JavaSparkContext(
            new SparkConf()
                .setAppName("cloudtrail-schema inventory")
                .setIfMissing("spark.master", "local[*]"))) {
      code = run(sc, out, err, args);
    }
    out.flush();
    System.exit(code);
  }

  /** Runs the job on a given context; returns the exit code. */
  public static int run(JavaSparkContext sc, PrintWriter out, PrintWriter err, String... args) {
    JobArgs a;
    try {
      a = JobArgs.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("cloudtrail-schema: " + e.getMessage());
      return USAGE;
    }
    PathExplainer explainer =
        a.fields() ? new SchemaPathExplainer(ModelCatalog.embedded()) : PathExplainer.UNKNOWN;
    ScanResult result;
    try {
      result =
          new SparkInventory(sc)
              .scan(a.inputs(), a.filter(), a.fields(), explainer, a.tasks());
    } catch (ScanException e) {
      err.println("cloudtrail-schema: " + e.getMessage());
      return e.isUsage() ? USAGE : IO;
    }
    for (FileReport problem : result.problems()) {
      err.println("cloudtrail-schema: " + problem.describe());
    }
    try {
      write(a, result, sc, out);
    } catch (IOException e) {
      err.println("cloudtrail-schema: " + a.out() + ": " + HadoopListing.oneLine(e));
      return IO;
    }
    if (result.records() == 0) {
      err.println("cloudtrail-schema: " + result.nothingRead(a.inputs()));
      return FINDINGS;
    }
    return result.hasFindings() ? FINDINGS : OK;
  }

  /** The report to stdout, or to a file through Hadoop (so {@code s3://} works on a cluster). */
  private static void write(JobArgs a, ScanResult result, JavaSparkContext sc, PrintWriter out)
      throws IOException {
    if (a.out() == null) {
      a.format().render(result, a.fields(), out);
      out.flush();
      return;
    }
    StringWriter text = new StringWriter();
    try (PrintWriter w = new PrintWriter(text)) {
      a.format().render(result, a.fields(), w);
    }
    Path path = new Path(a.out());
    try (FSDataOutputStream s = path.getFileSystem(sc.hadoopConfiguration()).create(path, true)) {
      s.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
