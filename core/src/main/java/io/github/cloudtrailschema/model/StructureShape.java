package io.github.cloudtrailschema.model;

import java.util.List;
import java.util.Optional;

/**
 * A structure: named members in model order.
 *
 * @param union exactly one member is set
 * @param document a free-form JSON document ("document" trait): its content is not modelled
 * @param exception an error shape, never part of a successful response
 * @param payload the member that is the HTTP body (rest protocols), if any
 */
public record StructureShape(
    ShapeId id,
    List<Member> members,
    String documentation,
    boolean sensitive,
    boolean union,
    boolean document,
    boolean exception,
    Optional<String> payload)
    implements Shape {

  public StructureShape {
    members = List.copyOf(members);
  }

  public Optional<Member> member(String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst();
  }
}
