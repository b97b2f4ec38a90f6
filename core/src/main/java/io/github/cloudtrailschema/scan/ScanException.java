package io.github.cloudtrailschema.scan;

/**
 * A failure that stops the whole scan (no such bucket, access denied, no credentials, an input that
 * does not exist), as opposed to one bad file, which is reported and skipped. The message is one
 * line meant for the user.
 */
public final class ScanException extends RuntimeException {
  private final boolean usage;

  private ScanException(String message, Throwable cause, boolean usage) {
    super(message, cause);
    this.usage = usage;
  }

  /** The input could not be read at all (I/O, S3, credentials). */
  public static ScanException io(String message, Throwable cause) {
    return new ScanException(message, cause, false);
  }

  /** The input as named makes no sense (a path that does not exist, a malformed URL). */
  public static ScanException usage(String message) {
    return new ScanException(message, null, true);
  }

  /** Whether the user named something wrong rather than the input failing. */
  public boolean isUsage() {
    return usage;
  }
}
