package io.github.cloudtrailschema.format.example;

import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.trail.TimestampStyle;
import io.github.cloudtrailschema.walk.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The envelope values of an example record, by dotted path: an IAM user in the documentation
 * account calling from the documentation address range with the AWS CLI. Ids are name-based UUIDs
 * of the event, so each event has its own and every run the same.
 */
final class ExampleEnvelope {
  static final String EVENT_TIME = TimestampStyle.ISO_8601.example();

  private ExampleEnvelope() {}

  static Map<String, String> values(EventSchema e) {
    Map<String, String> v = new TreeMap<>();
    boolean signIn = EventBridgeFacts.isSignIn(e.identity());
    v.put("eventVersion", "1.11");
    v.put("userIdentity.type", "IAMUser");
    v.put("userIdentity.principalId", "AIDACKCEVSQ6C2EXAMPLE");
    v.put("userIdentity.arn", "arn:aws:iam::" + ExampleValues.ACCOUNT + ":user/Alice");
    v.put("userIdentity.accountId", ExampleValues.ACCOUNT);
    if (!signIn) {
      v.put("userIdentity.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
    }
    v.put("userIdentity.userName", "Alice");
    v.put("eventTime", EVENT_TIME);
    v.put("eventSource", e.eventSource());
    v.put("eventName", e.eventName());
    v.put("awsRegion", ExampleValues.REGION);
    v.put("sourceIPAddress", "203.0.113.10");
    v.put(
        "userAgent",
        signIn
            ? "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
            : "aws-cli/2.17.0 md/awscrt#0.20.11 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.11.8");
    if (e.operation().isApiCall()) {
      v.put("requestID", uuid("request", e));
    }
    v.put("eventID", uuid("event", e));
    v.put("readOnly", Boolean.toString(e.readOnly()));
    v.put("eventType", e.eventType().toString());
    e.facts().managementEvent().ifPresent(m -> v.put("managementEvent", Boolean.toString(m)));
    v.put("recipientAccountId", ExampleValues.ACCOUNT);
    v.put("eventCategory", e.category().recordValue());
    if (!signIn) {
      v.put("tlsDetails.tlsVersion", "TLSv1.3");
      v.put("tlsDetails.cipherSuite", "TLS_AES_128_GCM_SHA256");
      v.put("tlsDetails.clientProvidedHostHeader", e.eventSource());
    }
    return v;
  }

  static String uuid(String kind, EventSchema e) {
    String seed = kind + ":" + e.eventSource() + ":" + e.eventName();
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
