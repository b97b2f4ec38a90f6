package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.StructureShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Member naming and event sources that no model property predicts, each with its evidence. */
class ConventionsTest {
  private static final ModelCatalog CATALOG = ModelCatalog.embedded();

  private static Member member(ServiceModel m, String shape, String member) {
    StructureShape s =
        (StructureShape) m.expectShape(new io.github.cloudtrailschema.model.ShapeId(m.name(), shape));
    return s.member(member).orElseThrow();
  }

  /**
   * Secrets Manager logs {@code arn} since February 2024 ("Before February 2024, some Secrets
   * Manager operations reported events that contained "aRN" instead of "arn"", Secrets Manager user
   * guide, cloudtrail_log_entries.html); SSM (also JSON) keeps the first-letter form ({@code
   * iPAddress}, UpdateInstanceInformation records).
   */
  @ParameterizedTest
  @CsvSource({
    "secretsmanager, CreateSecretResponse, ARN, arn, aRN",
    "secretsmanager, DeleteSecretResponse, ARN, arn, aRN",
    "ssm, InstanceInformation, IPAddress, iPAddress, ipAddress",
  })
  void acronymLedMembersFollowTheService(
      String service, String shape, String name, String primary, String alternative) {
    ServiceModel m = CATALOG.load(service, false);
    assertThat(ServiceConventions.naming(m.metadata()).names(member(m, shape, name)))
        .startsWith(primary)
        .contains(alternative);
  }

  /**
   * Evidence: DynamoDB developer guide (Streams data events under dynamodb.amazonaws.com),
   * SageMaker developer guide (Feature Store runtime under sagemaker.amazonaws.com, metrics under
   * metrics-sagemaker.amazonaws.com), IAM Identity Center user guide (sso-directory).
   */
  @ParameterizedTest
  @CsvSource({
    "dynamodbstreams, dynamodb.amazonaws.com, streams.dynamodb.amazonaws.com",
    "sagemaker-featurestore-runtime, sagemaker.amazonaws.com, featurestore-runtime.sagemaker.amazonaws.com",
    "sagemaker-metrics, metrics-sagemaker.amazonaws.com, metrics.sagemaker.amazonaws.com",
    "identitystore, identitystore.amazonaws.com, sso-directory.amazonaws.com",
  })
  void eventSourcesThatDifferFromTheEndpoint(String service, String primary, String also) {
    ServiceModel m = CATALOG.load(service, false);
    assertThat(EventSourceResolver.eventSource(m.metadata())).isEqualTo(primary);
    assertThat(EventSourceResolver.eventSources(m.metadata())).contains(also);
  }

  /**
   * S3 user guide (directory buckets: s3express.amazonaws.com; S3 Tables: s3tables.amazonaws.com)
   * and the EventBridge reference (Object Lambda: s3-banner.amazonaws.com).
   */
  @ParameterizedTest
  @CsvSource({
    "CreateSession, s3express.amazonaws.com",
    "ListDirectoryBuckets, s3express.amazonaws.com",
    "WriteGetObjectResponse, s3-banner.amazonaws.com",
    "PutBucketPolicy, s3.amazonaws.com",
  })
  void s3OperationsLoggedUnderTheirOwnSource(String operation, String source) {
    ServiceModel s3 = CATALOG.load("s3", false);
    assertThat(EventSourceResolver.eventSource(s3.metadata(), operation)).isEqualTo(source);
    assertThat(EventSourceResolver.eventSources(s3.metadata()))
        .contains("s3express.amazonaws.com", "s3tables.amazonaws.com", "s3-banner.amazonaws.com");
  }
}
