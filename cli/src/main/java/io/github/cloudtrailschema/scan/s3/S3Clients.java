package io.github.cloudtrailschema.scan.s3;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import io.github.cloudtrailschema.scan.RecordReader;

/** Builds the S3 client from {@link S3Settings}, and turns SDK failures into one-line messages. */
public final class S3Clients {
  private S3Clients() {}

  /**
   * A synchronous client on the HTTP client the classpath provides (Apache). The region is the
   * given one, else the default chain's (or the profile's), else us-east-1; cross-region access
   * lets the SDK follow a bucket to its own region, so the client region rarely matters.
   */
  public static S3Client create(S3Settings s) {
    var b = S3Client.builder().credentialsProvider(credentials(s)).region(region(s));
    if (s.endpoint() != null) {
      // S3-compatible servers rarely have wildcard DNS for virtual-hosted buckets.
      b.endpointOverride(s.endpoint()).forcePathStyle(true);
    } else {
      b.crossRegionAccessEnabled(true);
    }
    return b.build();
  }

  private static AwsCredentialsProvider credentials(S3Settings s) {
    return credentials(s.profile());
  }

  /** The profile's credentials, else the SDK's default chain: as the AWS CLI takes them. */
  public static AwsCredentialsProvider credentials(String profile) {
    if (profile != null) {
      return ProfileCredentialsProvider.create(profile);
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private static Region region(S3Settings s) {
    return region(s.profile(), s.region());
  }

  /** The given region, else the default chain's (or the profile's), else us-east-1. */
  public static Region region(String profile, String region) {
    if (region != null) {
      return Region.of(region);
    }
    try {
      var chain =
          profile == null
              ? new DefaultAwsRegionProviderChain()
              : DefaultAwsRegionProviderChain.builder().profileName(profile).build();
      return chain.getRegion();
    } catch (SdkClientException e) {
      return Region.US_EAST_1;
    }
  }

  /** One line for a failure that stops the scan: no stack trace, no SDK essay. */
  static String describe(String where, SdkException e) {
    return where + ": " + reason(e);
  }

  /** The reason alone, for messages that already name the object. */
  static String reason(SdkException e) {
    if (e instanceof NoSuchBucketException) {
      return "no such bucket";
    }
    if (e instanceof S3Exception s3) {
      if (s3.statusCode() == 403) {
        return "access denied (" + code(s3) + ")";
      }
      return code(s3) + " (HTTP " + s3.statusCode() + ")";
    }
    String m = RecordReader.oneLine(e);
    if (m.contains("credentials")) {
      return "no usable AWS credentials (set AWS_PROFILE or AWS_ACCESS_KEY_ID, or use --profile)";
    }
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  private static String code(S3Exception e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
        ? e.awsErrorDetails().errorCode()
        : "error";
  }
}
