package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The record facts of real events of the embedded models, each rule family with its source: the
 * CloudTrail User Guide's data-events table (category), the services' example records
 * (resources), the services' CloudTrail pages (additionalEventData).
 */
class RecordFactsTest {
  private static final ModelCatalog CATALOG = ModelCatalog.embedded();

  private static RecordFacts facts(String service, String operation) {
    ServiceModel m = CATALOG.load(service, false);
    Operation op = m.operation(operation).orElseThrow();
    List<String> names = EventNames.eventNames(m.metadata(), op);
    return RecordFacts.of(m, op, EventSourceResolver.eventSource(m.metadata(), op.name()), names);
  }

  private static List<String> types(RecordFacts f) {
    return f.alwaysResources().stream().map(RecordResources.Element::type).toList();
  }

  /**
   * The data-events table ("Data events supported by AWS CloudTrail") and the services' pages: S3
   * object calls, DynamoDB item calls, the EBS direct APIs, SNS Publish, SQS messages, Lambda
   * Invoke are data events; HeadBucket and ListObjects too (S3 guide), StartSnapshot is not (EBS
   * guide); a SageMaker Runtime call matches the table's inferred sagemaker.amazonaws.com.
   */
  @ParameterizedTest
  @CsvSource({
    "s3, GetObject, Data, AWS::S3::Object",
    "s3, PutObject, Data, AWS::S3::Object",
    "s3, HeadBucket, Data, AWS::S3::Object",
    "s3, ListObjectsV2, Data, AWS::S3::Object",
    "s3, PutBucketPolicy, Management, ",
    "dynamodb, PutItem, Data, AWS::DynamoDB::Table",
    "dynamodb, Query, Data, AWS::DynamoDB::Table",
    "dynamodb, CreateTable, Management, ",
    "ebs, GetSnapshotBlock, Data, AWS::EC2::Snapshot",
    "ebs, StartSnapshot, Management, ",
    "sns, Publish, Data, AWS::SNS::Topic",
    "sqs, SendMessage, Data, AWS::SQS::Queue",
    "sqs, GetQueueAttributes, Data, AWS::SQS::Queue",
    "sqs, CreateQueue, Management, ",
    "lambda, Invoke, Data, AWS::Lambda::Function",
    "sagemaker-runtime, InvokeEndpoint, Data, AWS::SageMaker::Endpoint",
    "kms, Decrypt, Management, ",
    "bedrock-runtime, InvokeModel, Management, ",
  })
  void categoryFromTheDataEventsTable(String service, String op, String category, String type) {
    RecordFacts f = facts(service, op);
    assertThat(f.category().recordValue()).isEqualTo(category);
    if (type == null) {
      assertThat(f.dataTypes()).isEmpty();
      assertThat(f.managementEvent()).contains(true);
    } else {
      assertThat(f.dataTypes()).first().isEqualTo(type);
      assertThat(f.managementEvent()).contains(false);
    }
  }

  /** SES sending is a data event by inference (the types are in the table, the names are not). */
  @Test
  void sesSendingIsAnInferredDataEvent() {
    RecordFacts f = facts("sesv2", "SendEmail");
    assertThat(f.category()).isEqualTo(EventCategory.DATA);
    assertThat(f.categoryInferred()).isTrue();
    assertThat(types(f)).containsExactly("AWS::SES::EmailIdentity");
  }

  /**
   * Example records: S3 object events name the object then the bucket (S3 guide's data event
   * examples), KMS the key (KMS ct-*.html examples), AssumeRole the role (IAM guide), SNS Publish the
   * topic (CloudTrail guide), EBS the snapshot (EBS guide); an S3 bucket call the bucket (inferred),
   * ListBuckets nothing.
   */
  @ParameterizedTest
  @CsvSource({
    "s3, GetObject, AWS::S3::Object|AWS::S3::Bucket",
    "s3, DeleteObjects, AWS::S3::Object|AWS::S3::Bucket",
    "s3, GetBucketAcl, AWS::S3::Bucket",
    "s3, ListBuckets, ",
    "kms, Decrypt, AWS::KMS::Key",
    "kms, ReEncrypt, AWS::KMS::Key|AWS::KMS::Key",
    "kms, GenerateRandom, ",
    "kms, ListAliases, ",
    "sts, AssumeRole, AWS::IAM::Role",
    "sts, GetCallerIdentity, ",
    "sns, Publish, AWS::SNS::Topic",
    "ebs, ListChangedBlocks, AWS::EC2::Snapshot|AWS::EC2::Snapshot",
    "dynamodb, GetItem, AWS::DynamoDB::Table",
    "events, PutEvents, AWS::Events::EventBus",
  })
  void resourcesFromExampleRecords(String service, String op, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split("\\|"));
    assertThat(types(facts(service, op))).isEqualTo(want);
  }

  /** An element present only sometimes is listed, with its condition, but not as always present. */
  @Test
  void conditionalElementsSayWhen() {
    RecordFacts f = facts("s3", "GetObject");
    assertThat(f.resources()).extracting(RecordResources.Element::type).contains("AWS::S3::AccessPoint");
    RecordResources.Element ap =
        f.resources().stream().filter(e -> e.type().equals("AWS::S3::AccessPoint")).findFirst().orElseThrow();
    assertThat(ap.condition()).hasValueSatisfying(c -> assertThat(c).contains("access point"));
    RecordResources.Element object = f.resources().get(0);
    assertThat(object.accountId()).isFalse(); // the S3 guide's examples: no accountId on objects
    assertThat(object.exampleArn()).isEqualTo("arn:aws:s3:::example-bucket/example-object");
    assertThat(object.arnPattern()).hasValueSatisfying(p -> assertThat("arn:aws:s3:::b/k/x").matches(p));
  }

  /**
   * The S3 guide's log entries: every S3 API call logs SignatureVersion, CipherSuite, the byte
   * counts, AuthenticationMethod and x-amz-id-2; aclRequired only when an ACL authorized it; the
   * KMS guide: customKeyStoreId only for keys in a custom key store.
   */
  @Test
  void additionalEventDataFromTheServicesPages() {
    List<AdditionalEventData.Key> s3 = facts("s3", "PutObject").additionalKeys();
    assertThat(s3)
        .filteredOn(k -> k.condition().isEmpty())
        .extracting(AdditionalEventData.Key::key)
        .containsExactly(
            "SignatureVersion",
            "CipherSuite",
            "bytesTransferredIn",
            "bytesTransferredOut",
            "AuthenticationMethod",
            "x-amz-id-2",
            "SSEApplied");
    assertThat(s3).extracting(AdditionalEventData.Key::key).contains("aclRequired");
    assertThat(facts("s3", "GetObject").additionalKeys())
        .extracting(AdditionalEventData.Key::key)
        .doesNotContain("SSEApplied");
    List<AdditionalEventData.Key> kms = facts("kms", "Decrypt").additionalKeys();
    assertThat(kms).extracting(AdditionalEventData.Key::key).contains("customKeyStoreId");
    assertThat(kms).allSatisfy(k -> assertThat(k.condition()).isPresent());
  }

  /** The selector documentation: a data-event selector matches resources.type. */
  @Test
  void aDataEventWithoutRowsNamesItsSelectorType() {
    RecordFacts f = facts("xray", "PutTraceSegments");
    assertThat(f.category()).isEqualTo(EventCategory.DATA);
    assertThat(types(f)).containsExactly("AWS::XRay::Trace");
    assertThat(f.resources().get(0).basis()).startsWith("rule:");
  }
}
