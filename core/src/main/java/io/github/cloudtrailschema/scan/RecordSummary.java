package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The few fields of a record that an inventory needs. Mutable and reused from record to record by
 * {@link SummaryDecoder} to spare an allocation per record: valid only during the callback.
 */
final class RecordSummary {
  String eventSource;
  String eventName;
  String eventTime;
  String errorCode;

  /** 1 true, 0 false, -1 absent. */
  int readOnly;

  String awsRegion;
  String recipientAccountId;
  String arn;
  String invokedBy;
  String principalId;
  String accountId;
  String identityType;

  /** Kept only when field paths are wanted. */
  JsonNode requestParameters;

  JsonNode responseElements;

  void reset() {
    eventSource = null;
    eventName = null;
    eventTime = null;
    errorCode = null;
    readOnly = -1;
    awsRegion = null;
    recipientAccountId = null;
    arn = null;
    invokedBy = null;
    principalId = null;
    accountId = null;
    identityType = null;
    requestParameters = null;
    responseElements = null;
  }

  boolean isRecord() {
    return eventSource != null && eventName != null;
  }

  /**
   * Who acted: the ARN when there is one; AWS services acting on their own name themselves in
   * invokedBy; anonymous and federated calls may only have a principal id or an account.
   */
  String principal() {
    if (arn != null) {
      return arn;
    }
    if (invokedBy != null) {
      return invokedBy;
    }
    if (principalId != null) {
      return identityType == null ? principalId : identityType + ":" + principalId;
    }
    if (accountId != null) {
      return identityType == null ? accountId : identityType + ":" + accountId;
    }
    return identityType;
  }
}
