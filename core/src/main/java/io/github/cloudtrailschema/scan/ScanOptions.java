package io.github.cloudtrailschema.scan;

import java.time.Duration;

/**
 * How to scan.
 *
 * @param threads files read at once; more than the cores only pays off for S3, where workers wait
 * @param withPaths collect observed field paths (costs a tree of requestParameters per record)
 * @param attempts reads of one file before a source failure is reported (at least 1)
 * @param backoff wait before the second attempt; doubled for each further one
 */
public record ScanOptions(
    KeyFilter filter,
    int threads,
    boolean withPaths,
    PathExplainer explainer,
    int attempts,
    Duration backoff) {

  public ScanOptions {
    if (threads < 1 || attempts < 1) {
      throw new IllegalArgumentException("threads and attempts must be at least 1");
    }
  }

  public static ScanOptions defaults() {
    return new ScanOptions(
        KeyFilter.ALL,
        Runtime.getRuntime().availableProcessors(),
        false,
        PathExplainer.UNKNOWN,
        3,
        Duration.ofMillis(200));
  }

  public ScanOptions withFilter(KeyFilter f) {
    return new ScanOptions(f, threads, withPaths, explainer, attempts, backoff);
  }

  public ScanOptions withThreads(int n) {
    return new ScanOptions(filter, n, withPaths, explainer, attempts, backoff);
  }

  public ScanOptions withPaths(boolean on) {
    return new ScanOptions(filter, threads, on, explainer, attempts, backoff);
  }

  public ScanOptions withExplainer(PathExplainer e) {
    return new ScanOptions(filter, threads, withPaths, e, attempts, backoff);
  }

  public ScanOptions withRetries(int n, Duration wait) {
    return new ScanOptions(filter, threads, withPaths, explainer, n, wait);
  }
}
