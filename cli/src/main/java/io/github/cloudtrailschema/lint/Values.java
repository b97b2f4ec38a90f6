package io.github.cloudtrailschema.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plain values of a matcher: a scalar, or the scalars of a list (operators are skipped). */
final class Values {
  private Values() {}

  static List<YNode.Scalar> exact(Optional<YNode> n) {
    List<YNode.Scalar> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    if (n.get() instanceof YNode.Scalar s && s.kind() != YNode.Kind.NULL) {
      out.add(s);
    } else if (n.get() instanceof YNode.Seq seq) {
      for (YNode item : seq.items()) {
        if (item instanceof YNode.Scalar s && s.kind() != YNode.Kind.NULL) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
