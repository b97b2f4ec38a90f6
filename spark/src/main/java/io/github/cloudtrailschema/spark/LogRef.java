package io.github.cloudtrailschema.spark;

import java.io.Serializable;

/**
 * One file to read, as the driver hands it to an executor.
 *
 * @param path what Hadoop opens and what problems are reported against: the input as given, joined
 *     with the key below it ({@code s3://bucket/prefix/AWSLogs/...}), as {@code scan} reports it
 * @param size the listed size in bytes
 */
record LogRef(String path, long size) implements Serializable {}
