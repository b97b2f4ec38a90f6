/**
 * CloudTrail logs in S3 for {@code scan} and {@code check}: a {@link
 * io.github.cloudtrailschema.scan.LogSource} that lists a bucket's log keys (pruned by the key
 * layout, as a local folder is) and reads them in parallel, and the AWS SDK clients it uses.
 *
 * <p>The only part of scanning that needs the AWS SDK, so that the Spark job, which reads through
 * Hadoop's file systems, does not carry it. Depends on {@code scan} and the SDK's S3 client.
 */
package io.github.cloudtrailschema.scan.s3;
