package io.github.cloudtrailschema.trail;

/**
 * How CloudTrail writes a timestamp. The model's {@code timestampFormat} describes the wire
 * protocol, not the log, and does not predict this; the service family does.
 */
public enum TimestampStyle {
  /**
   * {@code 2024-10-22T15:21:35Z}, with 0 to 9 fraction digits: REST services, CloudTrail's own
   * fields.
   */
  ISO_8601("iso8601", "2024-10-22T15:21:35Z"),
  /**
   * {@code Oct 22, 2024 3:21:35 PM} (and, from 2023, {@code Oct 22, 2024, 3:21:35 PM}): Java's
   * medium date format, from services whose CloudTrail integration serialises Java SDK v1 objects
   * (query and JSON protocol services: IAM, STS, RDS, KMS, ...).
   */
  JAVA_DATE("java-medium-date", "Oct 22, 2024 3:21:35 PM"),
  /** Epoch milliseconds as a number: EC2's classic responses ({@code launchTime}). */
  EPOCH_MILLIS("epoch-millis", "1729610495000");

  private final String label;
  private final String example;

  TimestampStyle(String label, String example) {
    this.label = label;
    this.example = example;
  }

  public String label() {
    return label;
  }

  public String example() {
    return example;
  }
}
