package io.github.cloudtrailschema.model;

/** A map from {@link #key()} values to {@link #value()} values. */
public record MapShape(
    ShapeId id,
    Member key,
    Member value,
    Constraints constraints,
    String documentation,
    boolean sensitive,
    boolean flattened)
    implements Shape {}
