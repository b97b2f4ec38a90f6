package io.github.cloudtrailschema.athena;

/** A query that could not be run or failed in Athena, described in one line. */
public final class AthenaException extends Exception {
  public AthenaException(String message) {
    super(message);
  }
}
