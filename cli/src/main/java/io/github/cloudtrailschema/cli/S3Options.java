package io.github.cloudtrailschema.cli;

import picocli.CommandLine.Option;

/**
 * Mixin: how {@code s3://} inputs are reached, with the AWS CLI's meanings ({@code --region} is the
 * client's region, never a filter). Shared by {@code scan} and {@code check}.
 */
public final class S3Options {
  @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile for S3 inputs.")
  String profile;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Region of the S3 client, as the AWS CLI's --region.")
  String region;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "S3-compatible endpoint (path-style addressing).")
  String endpointUrl;

  /** The S3 side of the inputs; close it when done. */
  ScanInputs inputs(CliContext ctx) {
    return new ScanInputs(ctx, profile, region, endpointUrl);
  }
}
