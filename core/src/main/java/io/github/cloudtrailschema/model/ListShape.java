package io.github.cloudtrailschema.model;

/** A list of {@link #member()} values. */
public record ListShape(
    ShapeId id,
    Member member,
    Constraints constraints,
    String documentation,
    boolean sensitive,
    boolean flattened)
    implements Shape {}
