package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.NamingStrategy;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.List;
import java.util.Optional;

/**
 * The hooks through which a CloudTrail convention shapes the walk: member keys, how lists are
 * written, how timestamps look. {@link ShapeWalker} does the recursion; an {@link EventShaper}
 * picks the rules per protocol and direction.
 */
public interface WalkRules {
  /** Keys for a member, primary first; empty when CloudTrail does not log the member. */
  List<String> keys(StructureShape owner, Member member);

  /** How a list value is written; by default a plain JSON array of items. */
  default Node list(ListShape shape, Member via, Node item) {
    return new Node.ListOf(shape, Optional.empty(), item, false);
  }

  /** How a list element is written, given the element's own node; by default unchanged. */
  default Node listItem(ListShape shape, Member via, Node item) {
    return item;
  }

  /** Fields CloudTrail adds to every object (rest-xml bodies carry {@code xmlns}). */
  default List<Field> extraFields(StructureShape shape) {
    return List.of();
  }

  /** A last look at a structure's fields, e.g. to merge two members CloudTrail writes as one. */
  default List<Field> adjust(StructureShape shape, List<Field> fields) {
    return fields;
  }

  Optional<TimestampStyle> timestamps();

  /** Rules that name members with {@code naming} and change nothing else. */
  static WalkRules naming(NamingStrategy naming, Optional<TimestampStyle> timestamps) {
    return new WalkRules() {
      @Override
      public List<String> keys(StructureShape owner, Member member) {
        return naming.names(member);
      }

      @Override
      public Optional<TimestampStyle> timestamps() {
        return timestamps;
      }
    };
  }
}
