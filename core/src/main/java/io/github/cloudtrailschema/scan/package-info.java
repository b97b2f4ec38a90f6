/**
 * Reads real CloudTrail logs and takes stock of what they contain: where logs come from ({@link
 * io.github.cloudtrailschema.scan.LogSource}: a local folder in the layout CloudTrail writes,
 * single files, stdin, S3), how one file is decoded record by record ({@link
 * io.github.cloudtrailschema.scan.RecordReader}, streaming, never a whole file in memory), and the
 * aggregate ({@link io.github.cloudtrailschema.scan.Inventory}) a {@link
 * io.github.cloudtrailschema.scan.Scanner} builds in parallel.
 *
 * <p>Allowed dependencies: the JDK, Jackson (records are untyped JSON, so {@code JsonNode} is at
 * home here) and the AWS SDK v2 S3 client. Nothing here prints on its own: progress and problems go
 * to the writer the caller hands in. No picocli.
 */
package io.github.cloudtrailschema.scan;
