package io.github.cloudtrailschema.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plain values of a matcher: a scalar, or the scalars of a list (operators are skipped). */
final class Values {
  private Values() {}

  static List<SourceNode.Scalar> exact(Optional<SourceNode> n) {
    List<SourceNode.Scalar> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    if (n.get() instanceof SourceNode.Scalar s && s.kind() != SourceNode.Kind.NULL) {
      out.add(s);
    } else if (n.get() instanceof SourceNode.Seq seq) {
      for (SourceNode item : seq.items()) {
        if (item instanceof SourceNode.Scalar s && s.kind() != SourceNode.Kind.NULL) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
