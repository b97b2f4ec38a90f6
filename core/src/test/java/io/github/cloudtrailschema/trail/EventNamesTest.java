package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event-name rules and the curated table {@code curated/event-names.tsv}. */
class EventNamesTest {
  private static final ModelCatalog CATALOG = ModelCatalog.embedded();

  private static List<String> names(String service, String operation) {
    ServiceModel m = CATALOG.load(service, false);
    return EventNames.eventNames(m.metadata(), m.operation(operation).orElseThrow());
  }

  /**
   * Evidence: the Lambda developer guide's CloudTrail page ("the eventName might include date and
   * version information"; AddPermission20150331v2, RemovePermission20150331v2,
   * UpdateFunctionCode20150331v2, UpdateFunctionConfiguration20150331v2).
   */
  @ParameterizedTest
  @CsvSource({
    "AddPermission, AddPermission20150331v2",
    "RemovePermission, RemovePermission20150331v2",
    "UpdateFunctionCode, UpdateFunctionCode20150331v2",
    "UpdateFunctionConfiguration, UpdateFunctionConfiguration20150331v2",
    "GetFunction, GetFunction20150331v2",
    "TagResource, TagResource20170331v2",
    "UntagResource, UntagResource20170331v2",
  })
  void lambdaV2NamesArePrimaryAndTheOthersStayFindable(String operation, String logged) {
    List<String> names = names("lambda", operation);
    assertThat(names.get(0)).isEqualTo(logged);
    String withoutV2 = logged.substring(0, logged.length() - 2);
    assertThat(names.subList(1, names.size())).contains(withoutV2);
    // The bare name was logged only before the 2015-03-31 API: not a name a rule can match today.
    assertThat(names).doesNotContain(operation);
  }

  /** The suffix is the date of the REST path; paths of 2019 and later carry none. */
  @ParameterizedTest
  @CsvSource({
    "CreateFunction, CreateFunction20150331",
    "PutFunctionConcurrency, PutFunctionConcurrency20171031",
    "PublishLayerVersion, PublishLayerVersion20181031",
    "ListTags, ListTags20170331",
    "GetFunctionCodeSigningConfig, GetFunctionCodeSigningConfig",
    "CreateFunctionUrlConfig, CreateFunctionUrlConfig",
  })
  void lambdaSuffixFollowsTheRestPathDate(String operation, String logged) {
    assertThat(names("lambda", operation).get(0)).isEqualTo(logged);
  }

  /** Evidence: the S3 user guide's "Amazon S3 CloudTrail events" lists. */
  @ParameterizedTest
  @CsvSource({
    "s3, ListObjectsV2, ListObjects",
    "s3, ListObjects, ListObjects",
    "s3, ListBuckets, ListBuckets",
    "s3, GetBucketNotificationConfiguration, GetBucketNotification",
    "s3, PutBucketNotificationConfiguration, PutBucketNotification",
    "s3, PutBucketLifecycleConfiguration, PutBucketLifecycle",
    "s3, GetPublicAccessBlock, GetBucketPublicAccessBlock",
    "s3, PutBucketVersioning, PutBucketVersioning",
    "s3control, GetPublicAccessBlock, GetAccountPublicAccessBlock",
  })
  void s3NamesFollowTheUserGuide(String service, String operation, String logged) {
    assertThat(names(service, operation).get(0)).isEqualTo(logged);
  }

  @Test
  void iamActionNamesAreAlternativesNeverPrimary() {
    assertThat(names("s3", "ListBuckets")).containsExactly("ListBuckets", "ListAllMyBuckets");
    assertThat(names("s3", "ListObjects")).containsExactly("ListObjects", "ListBucket");
  }

  @Test
  void loggedNamesResolveBackToTheirOperations() {
    ServiceModel s3 = CATALOG.load("s3", false);
    assertThat(EventNames.operationCandidates(s3.metadata(), "ListObjects"))
        .contains("ListObjects", "ListObjectsV2");
    assertThat(EventNames.operationCandidates(s3.metadata(), "GetBucketNotification"))
        .contains("GetBucketNotificationConfiguration");
    ServiceModel lambda = CATALOG.load("lambda", false);
    assertThat(EventNames.operationCandidates(lambda.metadata(), "AddPermission20150331v2"))
        .contains("AddPermission");
  }

  /** CloudFront Functions keep the API version in the name; distributions log the bare name. */
  @Test
  void cloudFrontFunctionsKeepTheirVersion() {
    assertThat(names("cloudfront", "CreateFunction2020_05_31").get(0))
        .isEqualTo("CreateFunction2020_05_31");
    assertThat(names("cloudfront", "UpdateDistribution2020_05_31").get(0))
        .isEqualTo("UpdateDistribution");
  }

  /** Every curated row names an operation the embedded model has, and its evidence. */
  @Test
  void everyCuratedRowNamesARealOperationAndItsEvidence() {
    List<CuratedEventNames.Row> rows = CuratedEventNames.table().rows();
    assertThat(rows).hasSizeGreaterThan(30);
    for (CuratedEventNames.Row r : rows) {
      ServiceModel m =
          CATALOG.services().stream()
              .filter(s -> s.metadata().endpointPrefix().equals(r.service()))
              .map(s -> CATALOG.load(s.name(), false))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no service " + r.service()));
      assertThat(m.operation(r.operation())).as("%s %s", r.service(), r.operation()).isPresent();
      assertThat(r.evidence()).as("evidence of %s", r).isNotBlank();
    }
  }
}
