package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which shapes of a model can reach a recursive shape. The expansion of a shape that cannot is the
 * same on every path (a cut needs a shape that is both above and below it), so the walk may reuse
 * it: a bulk export then expands the hundreds of operations sharing {@code Tag} or {@code Filter}
 * shapes once. Computed lazily with Tarjan's strongly connected components, only over the shapes
 * asked about and what they reach.
 */
final class CycleIndex {
  private final ServiceModel model;
  private final Map<ShapeId, Boolean> reachesCycle = new HashMap<>();
  private final Map<ShapeId, Integer> index = new HashMap<>();
  private final Map<ShapeId, Integer> low = new HashMap<>();
  private final Deque<ShapeId> stack = new ArrayDeque<>();
  private final java.util.Set<ShapeId> onStack = new java.util.HashSet<>();
  private int counter;

  CycleIndex(ServiceModel model) {
    this.model = model;
  }

  synchronized boolean reachesCycle(ShapeId id) {
    Boolean known = reachesCycle.get(id);
    if (known == null) {
      connect(id, 0);
      known = reachesCycle.get(id);
    }
    return known;
  }

  /** Tarjan's step; {@code depth} bounds the recursion as the walk bounds its own. */
  private void connect(ShapeId v, int depth) {
    if (depth >= ShapeWalker.MAX_DEPTH) {
      throw ShapeWalker.tooDeep(model, v);
    }
    index.put(v, counter);
    low.put(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (ShapeId w : successors(v)) {
      if (!index.containsKey(w)) {
        connect(w, depth + 1);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<ShapeId> component = new ArrayList<>();
      ShapeId w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      boolean cyclic = component.size() > 1 || successors(v).contains(v);
      for (ShapeId c : component) {
        for (ShapeId next : successors(c)) {
          cyclic |= !component.contains(next) && reachesCycle.getOrDefault(next, false);
        }
      }
      for (ShapeId c : component) {
        reachesCycle.put(c, cyclic);
      }
    }
  }

  private List<ShapeId> successors(ShapeId id) {
    Shape s = model.expectShape(id);
    List<ShapeId> out = new ArrayList<>();
    if (s instanceof StructureShape st) {
      for (Member m : st.members()) {
        out.add(m.target());
      }
    } else if (s instanceof ListShape l) {
      out.add(l.member().target());
    } else if (s instanceof MapShape m) {
      out.add(m.key().target());
      out.add(m.value().target());
    }
    return out;
  }
}
