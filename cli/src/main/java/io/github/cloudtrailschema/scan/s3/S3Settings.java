package io.github.cloudtrailschema.scan.s3;

import java.net.URI;

/**
 * How to reach S3, as the AWS CLI takes it: each null means "the SDK's default chain decides"
 * (environment, system properties, shared config and credentials files, instance role).
 *
 * @param endpoint an S3-compatible endpoint (then path-style addressing is used)
 */
public record S3Settings(String profile, String region, URI endpoint) {
  public static final S3Settings DEFAULTS = new S3Settings(null, null, null);
}
