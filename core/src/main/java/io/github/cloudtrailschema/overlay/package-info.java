/**
 * What the user's own CloudTrail logs taught ({@code cloudtrail-schema learn}): the overlay file
 * (read, validated, written; names and JSON types, never a value) and the catalogue with it merged
 * in ({@link io.github.cloudtrailschema.overlay.OverlaidCatalog}), where each learned event or
 * field stands beside the model's, marked as such. Knowledge, below every presentation: depends on
 * {@code model}, {@code loading} and {@code trail} (which services log an event source, and under
 * which names), and on Jackson for the file.
 */
package io.github.cloudtrailschema.overlay;
