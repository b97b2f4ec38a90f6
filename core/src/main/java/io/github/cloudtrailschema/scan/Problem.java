package io.github.cloudtrailschema.scan;

/**
 * Why a file was skipped.
 *
 * @param message one line, without the path
 */
public record Problem(Kind kind, String message) {

  /** The kinds of fault a scan tells apart. */
  public enum Kind {
    CORRUPT_GZIP,
    TRUNCATED_JSON,
    MALFORMED_JSON,
    NOT_CLOUDTRAIL,
    UNREADABLE,
    /** The source failed while sending bytes: the only kind worth another attempt. */
    SOURCE_FAILED;

    public boolean retryable() {
      return this == SOURCE_FAILED;
    }
  }
}
