package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.List;
import java.util.Optional;

/**
 * The built-in record envelope: the fields the CloudTrail record-contents reference lists for
 * eventVersion 1.11 (see the design notes, "CloudTrail record format facts"). Required are the
 * fields that reference marks as always present.
 */
final class StandardEnvelope implements Envelope {
  static final StandardEnvelope INSTANCE = new StandardEnvelope();

  private final Node.Struct record;

  private StandardEnvelope() {
    Node.Struct sessionIssuer =
        struct(
            "SessionIssuer",
            str("type", "Root, IAMUser or Role."),
            str("principalId", ""),
            str("arn", ""),
            str("accountId", ""),
            str("userName", ""));
    Node.Struct attributes =
        struct(
            "SessionAttributes",
            field(
                "creationDate", timestamp(), "When the temporary credentials were issued.", false),
            str("mfaAuthenticated", "\"true\" when the credentials were issued after MFA."));
    Node.Struct sessionContext =
        struct(
            "SessionContext",
            field("sessionIssuer", sessionIssuer, "Who issued the session (the role).", false),
            field(
                "webIdFederationData", new Node.Any("federatedProvider and attributes"), "", false),
            field("attributes", attributes, "", false),
            str("sourceIdentity", ""),
            str("ec2RoleDelivery", "\"1.0\" or \"2.0\" (IMDS version)."));
    Node.Struct userIdentity =
        struct(
            "UserIdentity",
            field(
                "type",
                enumLeaf(
                    "UserIdentityType",
                    "Root",
                    "IAMUser",
                    "AssumedRole",
                    "Role",
                    "FederatedUser",
                    "Directory",
                    "AWSAccount",
                    "AWSService",
                    "IdentityCenterUser",
                    "Unknown"),
                "The kind of identity that made the request.",
                false),
            str("principalId", "The unique identifier of the caller."),
            str("arn", "The ARN of the caller."),
            str("accountId", "The account that owns the caller's credentials."),
            str("accessKeyId", "The access key used to sign the request; may be absent or empty."),
            str("userName", "The friendly name of the caller."),
            field(
                "sessionContext",
                sessionContext,
                "Temporary credentials: the session's context.",
                false),
            str("invokedBy", "The AWS service that made the request on the caller's behalf."));
    Node.Struct tlsDetails =
        struct(
            "TlsDetails",
            str("tlsVersion", ""),
            str("cipherSuite", ""),
            str("clientProvidedHostHeader", ""),
            str("keyExchange", ""));
    Node.Struct resource =
        struct(
            "Resource", str("ARN", ""), str("accountId", ""), str("type", "e.g. AWS::IAM::Role"));
    this.record =
        struct(
            "CloudTrailRecord",
            field(
                "eventVersion",
                leaf("EventVersion", ScalarKind.STRING),
                "The record format version, 1.11 today.",
                true),
            field("userIdentity", userIdentity, "Who made the request.", true),
            field("eventTime", timestamp(), "When the request was completed, in UTC.", true),
            str("eventSource", "The service the request was made to.", true),
            str("eventName", "The requested action.", true),
            str("awsRegion", "The region the request was made to.", true),
            str("sourceIPAddress", "The caller's IP address, or the calling service's name.", true),
            str("userAgent", "The caller's agent, up to 1 KB."),
            str("errorCode", "The AWS error, when the request failed."),
            str("errorMessage", "The error's description, when the request failed."),
            part(
                "requestParameters",
                "The request's parameters; null when there are none or over 100 KB.",
                true),
            part(
                "responseElements",
                "The response; null for read-only calls, errors and responses over 100 KB.",
                true),
            part("additionalEventData", "Extra data the service logs about the request.", false),
            str("requestID", "The service's request id."),
            str("eventID", "A GUID CloudTrail gives each record.", true),
            field(
                "readOnly",
                leaf("ReadOnly", ScalarKind.BOOLEAN),
                "Whether the call only reads.",
                false),
            field(
                "resources",
                new Node.ListOf(Synthetic.list("Resources"), Optional.empty(), resource, false),
                "Resources the request touched.",
                false),
            str(
                "eventType",
                "AwsApiCall, AwsServiceEvent, AwsConsoleAction, AwsConsoleSignIn, AwsVpceEvent.",
                true),
            str("apiVersion", "The API version, for services that log it."),
            field(
                "managementEvent",
                leaf("ManagementEvent", ScalarKind.BOOLEAN),
                "Whether this is a management event.",
                false),
            str("recipientAccountId", "The account that received the record."),
            part("serviceEventDetails", "What a service event is about.", false),
            str(
                "sharedEventID",
                "The GUID shared by the records one action delivers to several accounts."),
            str("vpcEndpointId", "The VPC endpoint the request came through."),
            str("eventCategory", "Management, Data or NetworkActivity.", true),
            field(
                "tlsDetails",
                tlsDetails,
                "TLS of the request; absent when an AWS service made it.",
                false),
            str(
                "sessionCredentialFromConsole",
                "\"true\" when the credentials came from the console."));
  }

  @Override
  public Node.Struct record() {
    return record;
  }

  private static Node.Struct struct(String name, Field... fields) {
    return Synthetic.struct(name, List.of(fields));
  }

  private static Field str(String name, String doc) {
    return field(name, leaf(name, ScalarKind.STRING), doc, false);
  }

  private static Field str(String name, String doc, boolean required) {
    return field(name, leaf(name, ScalarKind.STRING), doc, required);
  }

  private static Field part(String name, String doc, boolean required) {
    return field(name, new Node.Any(doc), doc, required);
  }

  private static Field field(String name, Node value, String doc, boolean required) {
    return Field.of(
        name, Synthetic.member(name, Synthetic.id(name), doc).withRequired(required), value);
  }

  private static Node.Leaf leaf(String name, ScalarKind kind) {
    return Node.Leaf.of(Synthetic.scalar(name, kind, ""));
  }

  private static Node.Leaf timestamp() {
    return new Node.Leaf(
        Synthetic.scalar("Timestamp", ScalarKind.TIMESTAMP, ""),
        Optional.of(TimestampStyle.ISO_8601));
  }

  private static Node.Leaf enumLeaf(String name, String... values) {
    return Node.Leaf.of(
        new ScalarShape(
            Synthetic.id(name),
            ScalarKind.STRING,
            List.of(values),
            Constraints.NONE,
            Optional.empty(),
            "",
            false,
            false));
  }
}
