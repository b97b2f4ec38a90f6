package io.github.cloudtrailschema.model;

import java.util.Objects;

/** Identifies a shape within one service model: {@code iam#CreatePolicyResponse}. */
public record ShapeId(String service, String name) implements Comparable<ShapeId> {
  public ShapeId {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public int compareTo(ShapeId o) {
    int c = service.compareTo(o.service);
    return c != 0 ? c : name.compareTo(o.name);
  }

  // Written out rather than generated: a record's generated equals/hashCode bootstrap method
  // handles on first call, which costs a short CLI run tens of milliseconds; ids are map keys.
  @Override
  public boolean equals(Object o) {
    return o instanceof ShapeId other && name.equals(other.name) && service.equals(other.service);
  }

  @Override
  public int hashCode() {
    return 31 * service.hashCode() + name.hashCode();
  }

  @Override
  public String toString() {
    return service + "#" + name;
  }
}
