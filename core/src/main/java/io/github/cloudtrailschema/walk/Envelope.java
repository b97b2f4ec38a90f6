package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.format.OutputFormat;

/**
 * The CloudTrail record around an event's own fields: {@code eventVersion}, {@code userIdentity},
 * {@code eventTime}, ... The {@code json-schema} and {@code example} formats fill it in.
 *
 * <p>An interface, so that a curated C2J model of the record ({@code CloudTrailRecord}, walked like
 * any structure) can replace the built-in {@link #standard()} one without touching the renderers.
 */
public interface Envelope {
  /**
   * The record's top-level structure in record order. The event-specific parts appear as fields
   * named after {@link RecordPart#recordField()} ({@code requestParameters}, ...); renderers replace
   * their values with the event's own.
   */
  Node.Struct record();

  /** The fields a typical CloudTrail record carries, eventVersion 1.11: for realistic examples. */
  static Envelope standard() {
    return StandardEnvelope.INSTANCE;
  }

  /** Every field of the record (the curated envelope model), for schemas and documentation. */
  static Envelope complete(io.github.cloudtrailschema.loading.ModelCatalog catalog) {
    return CuratedEnvelope.of(catalog);
  }
}
