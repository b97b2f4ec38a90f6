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
  private final ShapeSource shapes;

  /** What the user's logs showed, by operation name: empty unless an overlay was learned. */
  private final Map<String, LearnedEvent> learned;

  /**
   * Where a model's shapes come from: a map, or a decoder that decodes each shape on first use (the
   * embedded catalogue: a command that shows one EC2 operation needs a few hundred of EC2's four
   * thousand shapes). Either way each name always gives the same shape.
   */
  public interface ShapeSource {
    /** The shape of that name, or null. */
    Shape get(String name);

    /** Every shape name, sorted. */
    java.util.List<String> names();
  }

  public ServiceModel(
      ServiceMetadata metadata,
      String documentation,
      Map<String, Operation> operations,
      Map<String, Shape> shapesByName) {
    this(metadata, documentation, operations, mapSource(shapesByName));
  }

  public ServiceModel(
      ServiceMetadata metadata,
      String documentation,
      Map<String, Operation> operations,
      ShapeSource shapes) {
    this(metadata, documentation, operations, shapes, Map.of());
  }

  private ServiceModel(
      ServiceMetadata metadata,
      String documentation,
      Map<String, Operation> operations,
      ShapeSource shapes,
      Map<String, LearnedEvent> learned) {
    this.metadata = metadata;
    this.documentation = documentation;
    this.operations = Collections.unmodifiableMap(new TreeMap<>(operations));
    this.shapes = shapes;
    this.learned = Map.copyOf(learned);
  }

  /**
   * This model with what the user's logs showed of its events: {@code added} operations for the
   * events no model has (no shapes of their own), {@code learned} keyed by operation name. The
   * shapes are shared, not copied.
   */
  public ServiceModel withLearned(Map<String, Operation> added, Map<String, LearnedEvent> learned) {
    Map<String, Operation> ops = new java.util.HashMap<>(operations);
    ops.putAll(added);
    return new ServiceModel(metadata, documentation, ops, shapes, learned);
  }

  /** What the user's logs showed of the operation's event, if anything was learned. */
  public Optional<LearnedEvent> learned(String operation) {
    return Optional.ofNullable(learned.get(operation));
  }

  private static ShapeSource mapSource(Map<String, Shape> shapesByName) {
    Map<String, Shape> sorted = Collections.unmodifiableMap(new TreeMap<>(shapesByName));
    java.util.List<String> names = java.util.List.copyOf(sorted.keySet());
    return new ShapeSource() {
      @Override
      public Shape get(String name) {
        return sorted.get(name);
      }

      @Override
      public java.util.List<String> names() {
        return names;
      }
    };
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
    return shapes.names().size();
  }

  /** Shapes sorted by name. */
  public Iterable<Shape> shapes() {
    java.util.List<Shape> all = new java.util.ArrayList<>(shapeCount());
    for (String n : shapes.names()) {
      all.add(shapes.get(n));
    }
    return all;
  }
}
