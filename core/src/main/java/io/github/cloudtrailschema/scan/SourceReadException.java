package io.github.cloudtrailschema.scan;

import java.io.IOException;

/**
 * The source itself failed while its bytes were read (a dropped connection, a short S3 body, a read
 * error on disk), as opposed to bytes that arrived and were bad. Only these are retried.
 */
public final class SourceReadException extends IOException {
  public SourceReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
