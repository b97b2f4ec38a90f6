package io.github.cloudtrailschema.format.jsonschema;

import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subtrees a part of an event repeats: equal structures, lists and maps that occur more than
 * once in the expanded tree. The walk shares one {@link Node} among the places a shape occurs, so
 * written out inline a shape used in many places is repeated each time (QuickSight's dashboard
 * definitions reach tens of megabytes that way); a schema writes such a subtree once under {@code
 * $defs} instead.
 *
 * <p>Equality is structural (same shapes, keys, members and equal children), computed bottom-up
 * once per node object, so that comparing two large subtrees never walks them again.
 */
final class RepeatedNodes {
  /**
   * A subtree smaller than this many nodes stays inline even when repeated: a {@code $ref} to a
   * two-field structure saves little and makes the schema harder to read.
   */
  static final int MIN_SIZE = 4;

  private final Map<Node, Integer> ids = new IdentityHashMap<>();
  private final Map<List<Object>, Integer> canonical = new HashMap<>();
  private final List<Integer> counts = new ArrayList<>();
  private final List<Long> sizes = new ArrayList<>();

  /** Counts the occurrences of every subtree of {@code root}, expanded as a schema writes it. */
  void add(Node root) {
    int id = id(root);
    counts.set(id, counts.get(id) + 1);
    if (counts.get(id) == 1) {
      for (Node child : children(root)) {
        add(child);
      }
    }
  }

  /** Whether {@code n} is worth a definition of its own: repeated, and not tiny. */
  boolean repeated(Node n) {
    if (n instanceof Node.Leaf || n instanceof Node.Cut || n instanceof Node.Any) {
      return false;
    }
    Integer id = ids.get(n);
    return id != null && counts.get(id) > 1 && sizes.get(id) >= MIN_SIZE;
  }

  /** The class of subtrees equal to {@code n} (only for nodes {@link #add added}). */
  int classOf(Node n) {
    return ids.get(n);
  }

  private int id(Node n) {
    Integer known = ids.get(n);
    if (known != null) {
      return known;
    }
    List<Object> key = new ArrayList<>();
    long size = 1;
    if (n instanceof Node.Struct s) {
      key.add(s.shape());
      for (Field f : s.fields()) {
        int child = id(f.value());
        size += sizes.get(child);
        key.add(List.of(f.name(), f.alternatives(), f.member(), child));
      }
    } else if (n instanceof Node.ListOf l) {
      int child = id(l.item());
      size += sizes.get(child);
      key.add(List.of(l.shape(), l.wrapper(), l.singleAsObject(), child));
    } else if (n instanceof Node.MapOf m) {
      int child = id(m.value());
      size += sizes.get(child);
      key.add(List.of(m.shape(), m.key(), child));
    } else {
      key.add(n); // leaves, cuts and free values compare by value
    }
    Integer id = canonical.get(key);
    if (id == null) {
      id = counts.size();
      canonical.put(key, id);
      counts.add(0);
      sizes.add(size);
    }
    ids.put(n, id);
    return id;
  }

  private static List<Node> children(Node n) {
    if (n instanceof Node.Struct s) {
      return s.fields().stream().map(Field::value).toList();
    }
    if (n instanceof Node.ListOf l) {
      return List.of(l.item());
    }
    return n instanceof Node.MapOf m ? List.of(m.value()) : List.of();
  }
}
