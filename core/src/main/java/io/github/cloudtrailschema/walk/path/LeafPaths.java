package io.github.cloudtrailschema.walk.path;

import io.github.cloudtrailschema.walk.RecordPart;
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
  public static List<LeafPath> of(EventSchema event, RecordPart d) {
    List<LeafPath> out = new ArrayList<>();
    EventStructure part = event.part(d);
    if (part.root().isPresent()) {
      for (Field f : part.root().get().fields()) {
        field(f, FieldPath.of(d.recordField()), out);
      }
    }
    return out;
  }

  /** The leaves of every part the event fills, in record order. */
  public static List<LeafPath> of(EventSchema event) {
    List<LeafPath> out = new ArrayList<>();
    for (RecordPart d : event.parts().keySet()) {
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
      field(f, FieldPath.ROOT, out);
    }
    return out;
  }

  /**
   * At most this many one-element forms per leaf: a leaf below k such lists has 2^k - 1 of them,
   * and records nest at most two or three (EC2's {@code Filter.Value}, S3's {@code Rule.Transition}).
   */
  static final int MAX_ONE_ELEMENT_FORMS = 7;

  private static void field(
      Field f, FieldPath parent, List<FieldPath> forms, List<LeafPath> out) {
    List<FieldPath> children = new ArrayList<>(forms.size());
    for (FieldPath form : forms) {
      children.add(form.key(f.name()));
    }
    node(f.value(), parent.key(f.name()), children, f, true, out);
  }

  private static void field(Field f, FieldPath parent, List<LeafPath> out) {
    field(f, parent, List.of(), out);
  }

  /**
   * {@code forms} are the path's one-element forms so far; a list that XML gives no arrays of one
   * doubles them: each form, and the path itself, with and without the element marker.
   */
  private static void node(
      Node n,
      FieldPath path,
      List<FieldPath> forms,
      Field owner,
      boolean direct,
      List<LeafPath> out) {
    if (n instanceof Node.Struct s && !s.fields().isEmpty()) {
      for (Field f : s.fields()) {
        field(f, path, forms, out);
      }
    } else if (n instanceof Node.ListOf l) {
      FieldPath list = wrapped(l, path);
      List<FieldPath> next = new ArrayList<>();
      for (FieldPath form : forms) {
        next.add(wrapped(l, form).element());
      }
      if (l.singleAsObject()) {
        next.add(list);
        for (FieldPath form : forms) {
          next.add(wrapped(l, form));
        }
      }
      node(l.item(), list.element(), cap(next), owner, false, out);
    } else if (n instanceof Node.MapOf m) {
      List<FieldPath> next = new ArrayList<>();
      for (FieldPath form : forms) {
        next.add(form.anyKey());
      }
      node(m.value(), path.anyKey(), next, owner, false, out);
    } else {
      out.add(new LeafPath(path, n, Optional.of(owner), direct, forms));
    }
  }

  private static FieldPath wrapped(Node.ListOf l, FieldPath path) {
    return l.wrapper().map(path::key).orElse(path);
  }

  private static List<FieldPath> cap(List<FieldPath> forms) {
    return forms.size() > MAX_ONE_ELEMENT_FORMS ? forms.subList(0, MAX_ONE_ELEMENT_FORMS) : forms;
  }
}
