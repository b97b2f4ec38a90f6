package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.path.LeafPath;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a Custodian value filter's {@code value} and {@code op} can ever hold for the field: an
 * enum value the field cannot take, {@code op: in} without a list, a number compared with a string.
 */
final class ValueChecks {
  private static final Set<String> LIST_OPS = Set.of("in", "not-in", "ni", "intersect");
  private static final Set<String> EQUALITY =
      Set.of("eq", "equal", "ne", "not-equal", "in", "not-in", "ni");
  /** Custodian's value keywords, which test presence rather than compare. */
  private static final Set<String> KEYWORDS = Set.of("absent", "present", "not-null", "empty");

  private ValueChecks() {}

  static void check(SourceNode.Map filter, LeafPath leaf, Findings f) {
    Optional<SourceNode> value = filter.get("value");
    String op = filter.text("op").orElse("eq");
    if (value.isEmpty() || filter.get("value_type").isPresent()) {
      return;
    }
    SourceNode v = value.get();
    if (LIST_OPS.contains(op) && !(v instanceof SourceNode.Seq)) {
      f.error(v.position(), "op: " + op + " needs a list value", Optional.of("write value: [...]"));
      return;
    }
    if (v instanceof SourceNode.Seq && (op.equals("eq") || op.equals("equal"))) {
      f.warning(
          v.position(),
          "a list value with op: " + op + " compares the field with the whole list",
          Optional.of("use op: in"));
    }
    if (!EQUALITY.contains(op) || !(leaf.node() instanceof Node.Leaf l)) {
      return;
    }
    List<SourceNode> values = v instanceof SourceNode.Seq s ? s.items() : List.of(v);
    for (SourceNode item : values) {
      if (item instanceof SourceNode.Scalar s && !KEYWORDS.contains(s.value())) {
        scalar(s, l.shape(), leaf.path().toString(), f);
      }
    }
  }

  private static void scalar(SourceNode.Scalar s, ScalarShape shape, String path, Findings f) {
    boolean numeric = shape.kind().isNumeric();
    if (s.kind() == SourceNode.Kind.NUMBER && !numeric) {
      f.warning(
          s.position(),
          "compares the number " + s.value() + " with " + path + ", a " + typeName(shape)
              + " field: it never matches",
          Optional.of("quote it: '" + s.value() + "'"));
    } else if (s.kind() == SourceNode.Kind.STRING
        && numeric
        && s.value().matches("-?\\d+(\\.\\d+)?")) {
      f.warning(
          s.position(),
          "compares the string '" + s.value() + "' with " + path + ", a number field: it never"
              + " matches",
          Optional.of("write it unquoted: " + s.value()));
    } else if (s.kind() == SourceNode.Kind.STRING
        && !shape.enumValues().isEmpty()
        && !shape.enumValues().contains(s.value())) {
      f.error(
          s.position(),
          "'" + s.value() + "' is not a value " + path + " takes (one of "
              + values(shape.enumValues()) + ")",
          Findings.didYouMean(
              Suggestions.closest(s.value(), shape.enumValues(), 1).stream().findFirst()));
    }
  }

  /** The first few values, as the tree shows a long enum. */
  private static String values(List<String> all) {
    return all.size() <= 8
        ? String.join(" | ", all)
        : String.join(" | ", all.subList(0, 8)) + " | ... (" + all.size() + " values)";
  }

  private static String typeName(ScalarShape shape) {
    return shape.kind().c2jName();
  }
}
