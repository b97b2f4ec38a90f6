package io.github.cloudtrailschema.check;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.scan.Explanation;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.List;

/**
 * Answers {@code scan --fields}: whether the schema has an observed path ({@code
 * requestParameters.tags[].key}). It walks
 * the same tree {@code check} matches records against, with the same tolerances for list wrappers
 * and one-element lists.
 */
public final class SchemaPathExplainer implements PathExplainer {
  private final EventIndex index;

  public SchemaPathExplainer(ModelCatalog catalog) {
    this.index = new EventIndex(catalog);
  }

  @Override
  public Explanation explain(String eventSource, String eventName, FieldPath path) {
    EventIndex.Resolution r = index.resolve(eventSource, eventName, null);
    if (r.event().isEmpty() || path.isRoot()) {
      return Explanation.UNKNOWN;
    }
    List<FieldPath.Segment> segments = path.segments();
    EventSchema event = r.event().get();
    for (RecordPart d : RecordPart.values()) {
      if (segments.get(0).equals(new FieldPath.Key(d.recordField()))) {
        Node root = event.explaining(d);
        return root != null && walk(root, segments.subList(1, segments.size()), event, d)
            ? Explanation.EXPLAINED
            : Explanation.UNEXPLAINED;
      }
    }
    return Explanation.UNKNOWN;
  }

  private boolean walk(Node node, List<FieldPath.Segment> rest, EventSchema event, RecordPart d) {
    if (node instanceof Node.Cut cut) {
      node = event.expand(cut.shape(), d);
    }
    if (rest.isEmpty() || node instanceof Node.Any) {
      return true;
    }
    FieldPath.Segment head = rest.get(0);
    List<FieldPath.Segment> tail = rest.subList(1, rest.size());
    boolean element = head == FieldPath.Element.INSTANCE;
    if (node instanceof Node.Struct s) {
      if (head instanceof FieldPath.Key k) {
        for (Field f : s.fields()) {
          if (f.name().equals(k.name()) || f.alternatives().contains(k.name())) {
            return walk(f.value(), tail, event, d);
          }
        }
      }
      return false;
    }
    if (node instanceof Node.MapOf m) {
      return !element && walk(m.value(), tail, event, d);
    }
    if (node instanceof Node.ListOf l) {
      if (element) {
        return walk(l.item(), tail, event, d);
      }
      if (l.wrapper().isPresent()
          && head instanceof FieldPath.Key k
          && (k.name().equals("items") || k.name().equals("item") || k.name().equals(l.wrapper().get()))) {
        return !tail.isEmpty() && tail.get(0) == FieldPath.Element.INSTANCE
            ? walk(l.item(), tail.subList(1, tail.size()), event, d)
            : walk(l.item(), tail, event, d);
      }
      return walk(l.item(), rest, event, d); // one element logged as itself
    }
    if (node instanceof Node.Leaf) {
      return element && tail.isEmpty(); // a single value logged as a one-element array
    }
    return false;
  }
}
