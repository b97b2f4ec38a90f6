package io.github.cloudtrailschema.walk.path;

import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.util.List;
import java.util.Optional;

/**
 * One leaf of an event part, flattened: where it sits in the record and what is there.
 *
 * @param path the path in the project's notation ({@code responseElements.policy.tags[].key})
 * @param node a {@link Node.Leaf}, {@link Node.Any}, {@link Node.Cut} or a {@link Node.Struct}
 *     without fields
 * @param field the structure member that holds the leaf, or the list or map of it; empty for a
 *     part's root
 * @param direct whether {@code field} holds the leaf itself (so its required-ness applies)
 * @param oneElementForms the same leaf's path where a list CloudTrail logs without arrays of one
 *     (XML-derived, {@link Node.ListOf#singleAsObject}) holds a single element, logged as the
 *     element itself: {@code Tagging.TagSet.Tag.Key} beside {@code Tagging.TagSet.Tag[].Key}
 */
public record LeafPath(
    FieldPath path,
    Node node,
    Optional<Field> field,
    boolean direct,
    List<FieldPath> oneElementForms) {
  public LeafPath {
    oneElementForms = List.copyOf(oneElementForms);
  }

  public LeafPath(FieldPath path, Node node, Optional<Field> field, boolean direct) {
    this(path, node, field, direct, List.of());
  }

  public boolean required() {
    return direct && field.isPresent() && field.get().member().required();
  }

  /**
   * The type column: {@code string}, {@code timestamp}, {@code json}, {@code object}, {@code
   * recursive}.
   */
  public String type() {
    if (node instanceof Node.Leaf leaf) {
      return leaf.shape().kind().c2jName();
    }
    if (node instanceof Node.Cut) {
      return "recursive";
    }
    if (node instanceof Node.Any) {
      return "json";
    }
    return "object";
  }
}
