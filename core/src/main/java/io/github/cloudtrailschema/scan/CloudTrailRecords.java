package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What makes a JSON object a CloudTrail record, and how one is unwrapped from EventBridge. */
public final class CloudTrailRecords {
  /** Shared: an ObjectMapper is thread-safe once configured, and costly to create. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private CloudTrailRecords() {}

  /** A record is a JSON object with a string eventSource and a string eventName. */
  public static boolean isRecord(JsonNode node) {
    return node != null
        && node.isObject()
        && node.path("eventSource").isTextual()
        && node.path("eventName").isTextual();
  }

  /**
   * An EventBridge event ("AWS API Call via CloudTrail") carries the record under {@code detail};
   * it is told apart by having both {@code detail-type} and an object {@code detail}.
   */
  public static ObjectNode unwrap(ObjectNode node) {
    JsonNode detail = node.get("detail");
    if (node.has("detail-type") && detail instanceof ObjectNode d) {
      return d;
    }
    return node;
  }
}
