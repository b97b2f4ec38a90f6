package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.walk.Direction;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flattens an event part into its leaves, depth-first in model order. A recursion cut is a leaf of
 * its own (type {@code recursive}), so that it is never silently dropped.
 */
public final class LeafPaths {
  private LeafPaths() {}

  /**
   * The leaves of one part, paths starting with its record field ({@code requestParameters.}). A
   * part logged as {@code null} yields nothing; a root without fields yields nothing either.
   */
  public static List<LeafPath> of(EventSchema event, Direction d) {
    List<LeafPath> out = new ArrayList<>();
    EventStructure part = event.part(d);
    if (part.root().isPresent()) {
      for (Field f : part.root().get().fields()) {
        field(f, d.recordField(), out);
      }
    }
    return out;
  }

  /** The leaves of every part the event fills, in record order. */
  public static List<LeafPath> of(EventSchema event) {
    List<LeafPath> out = new ArrayList<>();
    for (Direction d : event.parts().keySet()) {
      out.addAll(of(event, d));
    }
    return out;
  }

  /**
   * The leaves of a whole record ({@code RecordSchema.of}: envelope and parts), paths from its
   * top-level keys ({@code userIdentity.arn}, {@code requestParameters.policyName}).
   */
  public static List<LeafPath> ofRecord(Node.Struct record) {
    List<LeafPath> out = new ArrayList<>();
    for (Field f : record.fields()) {
      field(f, "", out);
    }
    return out;
  }

  private static void field(Field f, String parent, List<LeafPath> out) {
    node(f.value(), PathNotation.child(parent, f.name()), f, true, out);
  }

  private static void node(Node n, String path, Field owner, boolean direct, List<LeafPath> out) {
    if (n instanceof Node.Struct s && !s.fields().isEmpty()) {
      for (Field f : s.fields()) {
        field(f, path, out);
      }
    } else if (n instanceof Node.ListOf l) {
      String list = l.wrapper().map(w -> PathNotation.child(path, w)).orElse(path);
      node(l.item(), PathNotation.listItem(list), owner, false, out);
    } else if (n instanceof Node.MapOf m) {
      node(m.value(), PathNotation.mapValue(path), owner, false, out);
    } else {
      out.add(new LeafPath(path, n, Optional.of(owner), direct));
    }
  }
}
