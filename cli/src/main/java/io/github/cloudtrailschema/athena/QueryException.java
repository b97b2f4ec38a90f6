package io.github.cloudtrailschema.athena;

/** A query that could not be run or failed, in Athena or Trino, described in one line. */
public final class QueryException extends Exception {
  public QueryException(String message) {
    super(message);
  }
}
