package io.github.cloudtrailschema.model;

/** Where a member travels in the HTTP request or response. */
public enum Location {
  BODY,
  URI,
  QUERY,
  HEADER,
  /** A prefix of header names ({@code x-amz-meta-*}), values gathered into a map. */
  HEADERS,
  STATUS_CODE;

  public static Location fromC2j(String location) {
    if (location == null) {
      return BODY;
    }
    return switch (location) {
      case "uri" -> URI;
      case "querystring" -> QUERY;
      case "header" -> HEADER;
      case "headers" -> HEADERS;
      case "statusCode" -> STATUS_CODE;
      default -> BODY;
    };
  }
}
