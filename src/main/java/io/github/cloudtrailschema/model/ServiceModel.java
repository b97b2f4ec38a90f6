package io.github.cloudtrailschema.model;

import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/** One service: its metadata, operations by name and shapes by id. Immutable. */
public final class ServiceModel {
  private final ServiceMetadata metadata;
  private final String documentation;
  private final Map<String, Operation> operations;
  private final Map<String, Shape> shapes;

  public ServiceModel(
      ServiceMetadata metadata,
      String documentation,
      Map<String, Operation> operations,
      Map<String, Shape> shapesByName) {
    this.metadata = metadata;
    this.documentation = documentation;
    this.operations = Collections.unmodifiableMap(new TreeMap<>(operations));
    this.shapes = Collections.unmodifiableMap(new TreeMap<>(shapesByName));
  }

  public ServiceMetadata metadata() {
    return metadata;
  }

  public String name() {
    return metadata.name();
  }

  public String documentation() {
    return documentation;
  }

  /** Operations sorted by name. */
  public Map<String, Operation> operations() {
    return operations;
  }

  public Optional<Operation> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  public Optional<Shape> shape(ShapeId id) {
    return Optional.ofNullable(shapes.get(id.name()));
  }

  /** Resolves a reference; a dangling one is a bug in the loader, which validates references. */
  public Shape expectShape(ShapeId id) {
    Shape s = shapes.get(id.name());
    if (s == null) {
      throw new NoSuchElementException("no shape " + id + " in " + metadata.name());
    }
    return s;
  }

  public int shapeCount() {
    return shapes.size();
  }

  /** Shapes sorted by name. */
  public Iterable<Shape> shapes() {
    return shapes.values();
  }
}
