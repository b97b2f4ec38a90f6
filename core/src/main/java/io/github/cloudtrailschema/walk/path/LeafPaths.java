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
        field(f, d.recordField(), out);
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
      field(f, "", out);
    }
    return out;
  }

  /**
   * At most this many one-element forms per leaf: a leaf below k such lists has 2^k - 1 of them,
   * and records nest at most two or three (EC2's {@code Filter.Value}, S3's {@code Rule.Transition}).
   */
  static final int MAX_ONE_ELEMENT_FORMS = 7;

  private static void field(Field f, String parent, List<String> forms, List<LeafPath> out) {
    List<String> children = new ArrayList<>(forms.size());
    for (String form : forms) {
      children.add(PathNotation.child(form, f.name()));
    }
    node(f.value(), PathNotation.child(parent, f.name()), children, f, true, out);
  }

  private static void field(Field f, String parent, List<LeafPath> out) {
    field(f, parent, List.of(), out);
  }

  /**
   * {@code forms} are the path's one-element forms so far; a list that XML gives no arrays of one
   * doubles them: each form, and the path itself, with and without the element marker.
   */
  private static void node(
      Node n, String path, List<String> forms, Field owner, boolean direct, List<LeafPath> out) {
    if (n instanceof Node.Struct s && !s.fields().isEmpty()) {
      for (Field f : s.fields()) {
        field(f, path, forms, out);
      }
    } else if (n instanceof Node.ListOf l) {
      String list = l.wrapper().map(w -> PathNotation.child(path, w)).orElse(path);
      List<String> next = new ArrayList<>();
      for (String form : forms) {
        next.add(PathNotation.listItem(wrapped(l, form)));
      }
      if (l.singleAsObject()) {
        next.add(list);
        for (String form : forms) {
          next.add(wrapped(l, form));
        }
      }
      node(l.item(), PathNotation.listItem(list), cap(next), owner, false, out);
    } else if (n instanceof Node.MapOf m) {
      List<String> next = new ArrayList<>();
      for (String form : forms) {
        next.add(PathNotation.mapValue(form));
      }
      node(m.value(), PathNotation.mapValue(path), next, owner, false, out);
    } else {
      out.add(new LeafPath(path, n, Optional.of(owner), direct, forms));
    }
  }

  private static String wrapped(Node.ListOf l, String path) {
    return l.wrapper().map(w -> PathNotation.child(path, w)).orElse(path);
  }

  private static List<String> cap(List<String> forms) {
    return forms.size() > MAX_ONE_ELEMENT_FORMS ? forms.subList(0, MAX_ONE_ELEMENT_FORMS) : forms;
  }
}
