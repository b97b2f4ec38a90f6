package io.github.cloudtrailschema.walk;

import java.util.Locale;
import java.util.Optional;

/** A part of a CloudTrail record that carries event-specific fields. */
public enum RecordPart {
  /** The request: {@code requestParameters}. */
  INPUT("input", "requestParameters"),
  /** The response: {@code responseElements}. */
  OUTPUT("output", "responseElements"),
  /** {@code additionalEventData}: curated for non-API events and a few services (S3). */
  ADDITIONAL("additional", "additionalEventData"),
  /** {@code serviceEventDetails}: service events ({@code AwsServiceEvent}). */
  SERVICE_DETAILS("details", "serviceEventDetails");

  private final String label;
  private final String recordField;

  RecordPart(String label, String recordField) {
    this.label = label;
    this.recordField = recordField;
  }

  /** The CloudTrail record field that holds this part. */
  public String recordField() {
    return recordField;
  }

  /** {@code input}, {@code output}, ... as typed after a selector. */
  public String label() {
    return label;
  }

  /** {@code input} / {@code output} / {@code additional} / {@code details}, any case. */
  public static Optional<RecordPart> parse(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (RecordPart d : values()) {
      if (d.label.equals(lower)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
