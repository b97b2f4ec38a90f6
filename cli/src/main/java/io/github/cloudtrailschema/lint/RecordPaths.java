package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.check.SchemaPathExplainer;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.RecordSchema;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import io.github.cloudtrailschema.walk.path.PathNotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The paths of one event's whole record (envelope and parts), as a trie of the record's leaf paths,
 * to answer whether a path a policy, pattern or rule names exists, and what is there.
 */
public final class RecordPaths {
  /** How a path fared. */
  public enum Status {
    /** The path exists (or lies below a free-form JSON value or a recursion cut). */
    FOUND,
    /** The path exists only through a list it does not project ({@code items.id} for {@code items[].id}). */
    NO_PROJECTION,
    /** The path is under {@code responseElements}, which this event logs as {@code null}. */
    NULL_RESPONSE,
    /** No such path. */
    UNKNOWN
  }

  /**
   * The answer for one path.
   *
   * @param leaf the leaf the path ends at, when it ends at one
   * @param list for {@link Status#NO_PROJECTION}: the list the path passes through
   */
  public record Match(Status status, Optional<LeafPath> leaf, String list) {
    static final Match UNKNOWN = new Match(Status.UNKNOWN, Optional.empty(), "");
  }

  private static final class Trie {
    final Map<String, Trie> children = new LinkedHashMap<>();
    LeafPath leaf;
    boolean open;
  }

  private final Trie root = new Trie();
  private final List<String> paths = new ArrayList<>();
  private final boolean nullResponse;

  private RecordPaths(List<LeafPath> leaves, boolean nullResponse) {
    this.nullResponse = nullResponse;
    for (LeafPath l : leaves) {
      Trie t = root;
      for (String s : SchemaPathExplainer.segments(l.path())) {
        t = t.children.computeIfAbsent(s, k -> new Trie());
      }
      t.leaf = l;
      t.open = !(l.node() instanceof Node.Leaf);
      paths.add(l.path());
    }
  }

  /** The record paths of {@code event}, with the curated envelope when the catalogue has one. */
  public static RecordPaths of(EventSchema event, Optional<ServiceModel> envelope) {
    List<LeafPath> leaves =
        RecordSchema.of(event, envelope).map(LeafPaths::ofRecord).orElseGet(() -> LeafPaths.of(event));
    return new RecordPaths(leaves, event.part(RecordPart.OUTPUT).root().isEmpty());
  }

  /**
   * Matches a path given as segments: names, {@code []} for a list element, {@code *} for any key.
   *
   * @param listsImplicit whether a list may be passed through without {@code []} (EventBridge and
   *     Sigma match any element of an array; JMESPath does not)
   */
  public Match match(List<String> segments, boolean listsImplicit) {
    if (!segments.isEmpty() && segments.get(0).equals(RecordPart.OUTPUT.recordField()) && nullResponse) {
      return new Match(Status.NULL_RESPONSE, Optional.empty(), "");
    }
    return walk(root, segments, 0, listsImplicit, "", "");
  }

  private Match walk(Trie t, List<String> q, int i, boolean implicit, String at, String list) {
    if (i == q.size() || (t.open && t != root)) {
      Status s = list.isEmpty() || implicit ? Status.FOUND : Status.NO_PROJECTION;
      return new Match(s, Optional.ofNullable(t.leaf), list);
    }
    String seg = q.get(i);
    Trie next = t.children.get(seg);
    if (next == null && !seg.equals(PathNotation.LIST_ITEM)) {
      next = t.children.get(PathNotation.MAP_KEY);
    }
    if (next != null) {
      return walk(next, q, i + 1, implicit, at + "." + seg, list);
    }
    if (seg.equals(PathNotation.MAP_KEY)) {
      for (Trie child : t.children.values()) {
        Match m = walk(child, q, i + 1, implicit, at + ".*", list);
        if (m.status() != Status.UNKNOWN) {
          return m;
        }
      }
      return Match.UNKNOWN;
    }
    Trie items = t.children.get(PathNotation.LIST_ITEM);
    if (items != null && !seg.equals(PathNotation.LIST_ITEM)) {
      return walk(items, q, i, implicit, at, list.isEmpty() ? at.substring(1) : list);
    }
    return Match.UNKNOWN;
  }

  /**
   * The likeliest path meant by {@code typed} (project notation): one ending in the same name, the
   * shortest such, else the closest by edit distance.
   */
  public Optional<String> suggest(String typed) {
    List<String> segs = SchemaPathExplainer.segments(typed);
    String last = segs.isEmpty() ? "" : segs.get(segs.size() - 1).toLowerCase(Locale.ROOT);
    Optional<String> sameName =
        paths.stream()
            .filter(p -> p.toLowerCase(Locale.ROOT).endsWith("." + last))
            .min(Comparator.comparingInt(String::length));
    if (sameName.isPresent()) {
      return sameName;
    }
    return Suggestions.closest(typed, paths, 1).stream().findFirst();
  }

  /** Whether the record has any path under {@code first} ({@code requestParameters}). */
  public boolean has(String first) {
    return root.children.containsKey(first);
  }
}
