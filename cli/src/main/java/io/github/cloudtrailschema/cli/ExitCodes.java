package io.github.cloudtrailschema.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Batch work finished but found problems: records skipped, fields unexplained. */
  public static final int FINDINGS = 1;

  /** Bad usage: unknown service, operation or option; malformed selector. */
  public static final int USAGE = 2;

  /** A model or the embedded catalogue could not be loaded. */
  public static final int MODEL = 3;

  /** Input or output failed (unreadable file, S3 error). */
  public static final int IO = 4;

  /** A bug: reported in one line; {@code CLOUDTRAIL_SCHEMA_DEBUG=1} prints the stack trace. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
