package io.github.cloudtrailschema.lint;

import java.util.List;
import java.util.Optional;

/**
 * A value of a linted source file (YAML or JSON) with the position it was read at: the one shape
 * every checker reads, whichever parser produced it.
 */
public sealed interface SourceNode permits SourceNode.Map, SourceNode.Seq, SourceNode.Scalar {
  Position position();

  /** What a scalar is, as YAML resolves a plain scalar or JSON types a value. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /**
   * A scalar.
   *
   * @param tag a YAML tag that is not a core type ({@code !Ref}, {@code !Sub}), if any
   */
  record Scalar(String value, Kind kind, Optional<String> tag, Position position)
      implements SourceNode {}

  /** A sequence. */
  record Seq(List<SourceNode> items, Position position) implements SourceNode {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** A mapping; keys are scalars, unique (the reader rejects duplicates). */
  record Map(List<Entry> entries, Position position) implements SourceNode {
    public Map {
      entries = List.copyOf(entries);
    }

    /** The entry whose key is {@code key}, if any. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
    }

    /** The value under {@code key}, if any. */
    public Optional<SourceNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    /** The scalar text under {@code key}, if it is a scalar. */
    public Optional<String> text(String key) {
      return get(key).filter(Scalar.class::isInstance).map(n -> ((Scalar) n).value());
    }
  }

  /** A key and its value. */
  record Entry(Scalar key, SourceNode value) {}
}
