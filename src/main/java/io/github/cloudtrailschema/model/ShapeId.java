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

  @Override
  public String toString() {
    return service + "#" + name;
  }
}
