package io.github.cloudtrailschema.model;

/**
 * A shape of an API model. The hierarchy is sealed: code tells kinds apart with {@code instanceof}
 * over four known types, never by comparing type names as strings.
 */
public sealed interface Shape permits StructureShape, ListShape, MapShape, ScalarShape {
  ShapeId id();

  /** The shape's own documentation as HTML, or the empty string. */
  String documentation();

  /** Whether the API marks the value as sensitive (CloudTrail then often hides it). */
  boolean sensitive();
}
