package io.github.cloudtrailschema.lint;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML through SnakeYAML's node API (composition, no object construction), which keeps every
 * node's position. SnakeYAML's loader limits bound aliases, nesting and size; duplicate keys are
 * found here because only SnakeYAML's constructor, which this reader does not run, checks them.
 */
final class YamlTrees {
  /** Billion-laughs documents need many aliases to collections; real policies use a few. */
  static final int MAX_ALIASES = 50;

  static final int MAX_DEPTH = 64;

  /** Bounds the tree an alias-heavy document expands to, within the alias limit. */
  static final int MAX_NODES = 1_000_000;

  private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
  private int nodes;

  private YamlTrees() {}

  static List<SourceNode> read(String text) throws LintInputException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(DocumentReader.MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(options);
    List<SourceNode> out = new ArrayList<>();
    try {
      for (Node doc : yaml.composeAll(new StringReader(text))) {
        if (doc != null) {
          out.add(new YamlTrees().convert(doc));
        }
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new LintInputException(
          "invalid YAML: " + oneLine(e.getProblem()), m == null ? Position.START : position(m));
    } catch (YAMLException e) {
      throw new LintInputException("invalid YAML: " + oneLine(e.getMessage()), Position.START);
    }
    return out;
  }

  private SourceNode convert(Node n) throws LintInputException {
    if (++nodes > MAX_NODES) {
      throw new LintInputException(
          "YAML expands to more than " + MAX_NODES + " values (aliases?)", position(n.getStartMark()));
    }
    if (!onPath.add(n)) {
      throw new LintInputException("recursive YAML alias", position(n.getStartMark()));
    }
    try {
      if (n instanceof ScalarNode s) {
        return scalar(s);
      }
      if (n instanceof SequenceNode s) {
        List<SourceNode> items = new ArrayList<>();
        for (Node item : s.getValue()) {
          items.add(convert(item));
        }
        return new SourceNode.Seq(items, position(n.getStartMark()));
      }
      MappingNode m = (MappingNode) n;
      List<SourceNode.Entry> entries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        if (!(convert(t.getKeyNode()) instanceof SourceNode.Scalar key)) {
          throw new LintInputException(
              "a mapping key that is not a scalar", position(t.getKeyNode().getStartMark()));
        }
        if (!seen.add(key.value())) {
          throw new LintInputException("duplicate key '" + key.value() + "'", key.position());
        }
        entries.add(new SourceNode.Entry(key, convert(t.getValueNode())));
      }
      return new SourceNode.Map(entries, position(n.getStartMark()));
    } finally {
      onPath.remove(n);
    }
  }

  private static SourceNode.Scalar scalar(ScalarNode s) {
    Tag tag = s.getTag();
    SourceNode.Kind kind = SourceNode.Kind.STRING;
    Optional<String> custom = Optional.empty();
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      kind = SourceNode.Kind.NUMBER;
    } else if (tag.equals(Tag.BOOL)) {
      kind = SourceNode.Kind.BOOLEAN;
    } else if (tag.equals(Tag.NULL)) {
      kind = SourceNode.Kind.NULL;
    } else if (!tag.equals(Tag.STR) && !tag.startsWith(Tag.PREFIX)) {
      custom = Optional.of(tag.getValue());
    }
    return new SourceNode.Scalar(s.getValue(), kind, custom, position(s.getStartMark()));
  }

  private static Position position(Mark m) {
    return new Position(m.getLine() + 1, m.getColumn() + 1);
  }

  static String oneLine(String s) {
    return s == null ? "unreadable" : s.replaceAll("\\s+", " ").trim();
  }
}
