package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.io.InputStream;

/**
 * One log object to read: a local file, an S3 object or stdin.
 *
 * @param path what problems are reported against: a file path, {@code s3://bucket/key} or {@code -}
 * @param size the stored size in bytes, or -1 when unknown (stdin); used for progress only
 * @param opener opens the raw (possibly gzipped) bytes; may be called again to retry
 * @param retryable whether a failure of the source itself (not of its content) is worth retrying
 */
public record LogFile(String path, long size, Opener opener, boolean retryable) {

  /** Opens the raw bytes of a log object. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
