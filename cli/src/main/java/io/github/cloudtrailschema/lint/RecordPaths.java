package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.Suggestions;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.RecordSchema;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import io.github.cloudtrailschema.walk.path.FieldPath;
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
    final Map<FieldPath.Segment, Trie> children = new LinkedHashMap<>();
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
      for (FieldPath.Segment s : l.path().segments()) {
        t = t.children.computeIfAbsent(s, k -> new Trie());
      }
      t.leaf = l;
      t.open = !(l.node() instanceof Node.Leaf);
      paths.add(l.path().toString());
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
    List<FieldPath.Segment> q = new ArrayList<>(segments.size());
    for (String s : segments) {
      q.add(segment(s));
    }
    return walk(root, q, 0, listsImplicit, FieldPath.ROOT, "");
  }

  /** A segment of the query languages' paths: a name, {@code []} or {@code *}. */
  private static FieldPath.Segment segment(String s) {
    return switch (s) {
      case "[]" -> FieldPath.Element.INSTANCE;
      case "*" -> FieldPath.AnyKey.INSTANCE;
      default -> new FieldPath.Key(s);
    };
  }

  private Match walk(
      Trie t, List<FieldPath.Segment> q, int i, boolean implicit, FieldPath at, String list) {
    if (i == q.size() || (t.open && t != root)) {
      Status s = list.isEmpty() || implicit ? Status.FOUND : Status.NO_PROJECTION;
      return new Match(s, Optional.ofNullable(t.leaf), list);
    }
    FieldPath.Segment seg = q.get(i);
    Trie next = t.children.get(seg);
    if (next == null && seg != FieldPath.Element.INSTANCE) {
      next = t.children.get(FieldPath.AnyKey.INSTANCE);
    }
    if (next != null) {
      return walk(next, q, i + 1, implicit, step(at, seg), list);
    }
    if (seg == FieldPath.AnyKey.INSTANCE) {
      for (Trie child : t.children.values()) {
        Match m = walk(child, q, i + 1, implicit, at.anyKey(), list);
        if (m.status() != Status.UNKNOWN) {
          return m;
        }
      }
      return Match.UNKNOWN;
    }
    Trie items = t.children.get(FieldPath.Element.INSTANCE);
    if (items != null && seg != FieldPath.Element.INSTANCE) {
      return walk(items, q, i, implicit, at, list.isEmpty() ? at.toString() : list);
    }
    return Match.UNKNOWN;
  }

  private static FieldPath step(FieldPath at, FieldPath.Segment seg) {
    if (seg instanceof FieldPath.Key k) {
      return at.key(k.name());
    }
    return seg == FieldPath.Element.INSTANCE ? at.element() : at.anyKey();
  }

  /**
   * The likeliest path meant by {@code typed} (project notation): one ending in the same name, the
   * shortest such, else the closest by edit distance.
   */
  public Optional<String> suggest(String typed) {
    String last = lastName(typed).toLowerCase(Locale.ROOT);
    Optional<String> sameName =
        paths.stream()
            .filter(p -> p.toLowerCase(Locale.ROOT).endsWith("." + last))
            .min(Comparator.comparingInt(String::length));
    if (sameName.isPresent()) {
      return sameName;
    }
    return Suggestions.closest(typed, paths, 1).stream().findFirst();
  }

  /** The last segment of a typed path as the notation writes it ({@code []}, {@code *}, a name). */
  private static String lastName(String typed) {
    try {
      return FieldPath.parse(typed)
          .last()
          .map(s -> s instanceof FieldPath.Key k ? k.name() : s == FieldPath.Element.INSTANCE ? "[]" : "*")
          .orElse("");
    } catch (IllegalArgumentException e) {
      return ""; // an unclosed quote: no name to look for, only the closest paths
    }
  }

  /** Whether the record has any path under {@code first} ({@code requestParameters}). */
  public boolean has(String first) {
    return root.children.containsKey(new FieldPath.Key(first));
  }
}
