package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.trail.ArnFormat;
import io.github.cloudtrailschema.trail.RecordFacts;
import io.github.cloudtrailschema.trail.RecordResources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An event's {@code resources} as a node of its record: a list of elements whose {@code type} is
 * one of the event's types and whose ARN matches one of their formats.
 */
final class ResourcesNode {
  private ResourcesNode() {}

  static Node of(RecordFacts facts) {
    Set<String> types = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    List<String> formats = new ArrayList<>();
    boolean allFormats = true;
    boolean account = false;
    for (RecordResources.Element e : facts.resources()) {
      types.add(e.type());
      keys.add(e.arnKey());
      allFormats &= !e.arnFormats().isEmpty();
      e.arnFormats().stream().filter(f -> !formats.contains(f)).forEach(formats::add);
      account |= e.accountId();
    }
    List<Field> fields = new ArrayList<>();
    Optional<String> pattern = allFormats ? Optional.of(ArnFormat.pattern(formats)) : Optional.empty();
    for (String key : keys) {
      fields.add(leaf(key, List.of(), pattern, "The resource's " + key + "."));
    }
    if (account) {
      fields.add(leaf("accountId", List.of(), Optional.empty(), "The account that owns the resource."));
    }
    fields.add(leaf("type", List.copyOf(types), Optional.empty(), "The resource's type."));
    return new Node.ListOf(
        Synthetic.list("Resources"),
        Optional.empty(),
        Synthetic.struct("Resource", fields),
        false);
  }

  private static Field leaf(
      String name, List<String> values, Optional<String> pattern, String doc) {
    ScalarShape s =
        new ScalarShape(
            Synthetic.id("Resource." + name),
            ScalarKind.STRING,
            values,
            new Constraints(OptionalDouble.empty(), OptionalDouble.empty(), pattern),
            Optional.empty(),
            doc,
            false,
            false);
    return Field.of(name, Synthetic.member(name, s.id(), doc), Node.Leaf.of(s));
  }
}
