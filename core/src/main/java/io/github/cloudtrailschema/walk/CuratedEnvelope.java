package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.loading.ModelCatalog;

/**
 * The complete record envelope, from the project's curated model ({@code
 * curated/envelope-model.json}: every top-level field up to eventVersion 1.11 with its
 * documentation). Schemas and pages use it; examples use the {@link Envelope#standard() typical}
 * fields instead, so that an example looks like a real record rather than one with every rare field
 * (insightDetails, addendum, ...) filled in.
 */
final class CuratedEnvelope implements Envelope {
  private final Node.Struct record;

  private CuratedEnvelope(Node.Struct record) {
    this.record = record;
  }

  /** The curated envelope of the catalogue, or the standard one if the build had none. */
  static Envelope of(ModelCatalog catalog) {
    return RecordSchema.envelope(catalog.envelope())
        .<Envelope>map(CuratedEnvelope::new)
        .orElse(Envelope.standard());
  }

  @Override
  public Node.Struct record() {
    return record;
  }
}
