package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Decodes only what an inventory needs and skips everything else without building it: on real logs
 * most bytes are in requestParameters, responseElements and sessionContext, which {@code
 * skipChildren()} passes over. Not thread-safe: one per worker.
 */
final class SummaryDecoder implements RecordDecoder, RecordDecoder.Candidate {
  private final Consumer<RecordSummary> sink;
  private final boolean withPaths;
  private final RecordSummary top = new RecordSummary();
  private final RecordSummary detail = new RecordSummary();
  private boolean hasDetailType;
  private boolean hasDetail;
  private String duplicate;
  private final TextCache texts = new TextCache(4096);

  SummaryDecoder(Consumer<RecordSummary> sink, boolean withPaths) {
    this.sink = sink;
    this.withPaths = withPaths;
  }

  @Override
  public Candidate begin() {
    top.reset();
    hasDetailType = false;
    hasDetail = false;
    duplicate = null;
    return this; // one candidate at a time: the reader never nests them
  }

  @Override
  public void field(String name, JsonParser p) throws IOException {
    if ("detail-type".equals(name)) {
      hasDetailType = true;
      p.skipChildren();
    } else if ("detail".equals(name) && p.currentToken() == JsonToken.START_OBJECT) {
      hasDetail = true;
      detail.reset();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String n = p.currentName();
        p.nextToken();
        read(detail, n, p);
      }
    } else {
      read(top, name, p);
    }
  }

  @Override
  public boolean end() {
    RecordSummary r = hasDetailType && hasDetail ? detail : top;
    if (!r.isRecord()) {
      return false;
    }
    sink.accept(r);
    return true;
  }

  private void read(RecordSummary r, String name, JsonParser p) throws IOException {
    switch (name) {
      case "eventSource" -> r.eventSource = text(p);
      case "eventName" -> r.eventName = text(p);
      case "eventTime" -> r.eventTime = uncached(p);
      case "errorCode" -> r.errorCode = text(p);
      case "awsRegion" -> r.awsRegion = text(p);
      case "recipientAccountId" -> r.recipientAccountId = text(p);
      case "readOnly" -> r.readOnly = bool(p);
      case "userIdentity" -> identity(r, p);
      case "requestParameters" -> r.requestParameters = tree(p);
      case "responseElements" -> r.responseElements = tree(p);
      default -> p.skipChildren();
    }
  }

  private void identity(RecordSummary r, JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String n = p.currentName();
      p.nextToken();
      switch (n) {
        case "arn" -> r.arn = text(p);
        case "invokedBy" -> r.invokedBy = text(p);
        case "principalId" -> r.principalId = text(p);
        case "accountId" -> r.accountId = text(p);
        case "type" -> r.identityType = text(p);
        default -> p.skipChildren();
      }
    }
  }

  private com.fasterxml.jackson.databind.JsonNode tree(JsonParser p) throws IOException {
    if (!withPaths || duplicate != null) {
      p.skipChildren();
      return null;
    }
    // With paths the subtree is read anyway, so a nested duplicate key costs nothing to find.
    TreeDecoder.Strict read = TreeDecoder.readStrict(p);
    duplicate = read.duplicate();
    return read.tree();
  }

  @Override
  public String nestedDuplicate() {
    return duplicate;
  }

  private String text(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return texts.text(p);
    }
    p.skipChildren();
    return null;
  }

  /**
   * eventTime differs from record to record: through the cache it would only evict the values that
   * do repeat, and each evicted string, having lived long enough to be promoted, would pile up in
   * the old generation until a full collection (peak memory growing with the input).
   */
  private static String uncached(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /** CloudTrail writes readOnly as a boolean; some exports write it as a string. */
  private static int bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE ? 1 : 0;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      return "true".equalsIgnoreCase(s) ? 1 : "false".equalsIgnoreCase(s) ? 0 : -1;
    }
    p.skipChildren();
    return -1;
  }
}
