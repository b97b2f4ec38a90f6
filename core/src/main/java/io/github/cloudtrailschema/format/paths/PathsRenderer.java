package io.github.cloudtrailschema.format.paths;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.TypeDescription;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format paths}: one line per leaf, greppable like gron's output: {@code
 * path<TAB>type<TAB>details<TAB>doc}. Details are required-ness, range, pattern, enum values and
 * other spellings; doc is the member's first sentence. A recursion cut is a line of type {@code
 * recursive}; a part CloudTrail logs as {@code null} is a line of type {@code null}.
 */
public final class PathsRenderer implements EventRenderer {
  private final RenderOptions options;

  public PathsRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(EventSchema event, PrintWriter out) {
    for (RecordPart d : options.partsOr(List.copyOf(event.parts().keySet()))) {
      EventStructure part = event.part(d);
      if (part.root().isEmpty()) {
        out.println(d.recordField() + "\tnull\t\tCloudTrail logs null");
        continue;
      }
      List<LeafPath> leaves = LeafPaths.of(event, d);
      if (leaves.isEmpty()) {
        out.println(d.recordField() + "\tobject\t\tno fields");
      }
      for (LeafPath leaf : leaves) {
        out.println(
            leaf.path()
                + "\t"
                + leaf.type()
                + "\t"
                + clean(details(leaf))
                + "\t"
                + clean(doc(leaf)));
        for (FieldPath form : leaf.oneElementForms()) {
          out.println(form + "\t" + leaf.type() + "\t" + ONE_ELEMENT + leaf.path() + "\t");
        }
      }
    }
    if (options.parts().isEmpty()) {
      for (String[] line : EnvelopePaths.lines(event)) {
        out.println(String.join("\t", line[0], line[1], clean(line[2]), clean(line[3])));
      }
    }
  }

  /** {@code eventSource<TAB>eventName<TAB>path<TAB>type[<TAB>alternative paths]}, for export. */
  public static void exportLines(EventSchema event, StringBuilder out) {
    exportLines(event, out, false);
  }

  /**
   * The export lines; with {@code allSpellings}, each alternative spelling follows its primary line
   * on a line of its own, marked {@code also-logged-as-of <primary path>} in the fifth column, and
   * the event's lines are repeated under each alternative event name, marked {@code
   * also-logged-as-of <primary name>}. The primary lines are those without the flag.
   */
  public static void exportLines(EventSchema event, StringBuilder out, boolean allSpellings) {
    int start = out.length();
    primaryLines(event, out, allSpellings);
    if (allSpellings && !event.eventNameAlternatives().isEmpty()) {
      String primary = out.substring(start);
      String head = event.eventSource() + "\t" + event.eventName() + "\t";
      for (String alt : event.eventNameAlternatives()) {
        for (String line : primary.split("\n")) {
          String rest = line.substring(head.length());
          String[] f = rest.split("\t", -1);
          out.append(event.eventSource()).append('\t').append(alt).append('\t');
          out.append(f[0]).append('\t').append(f.length > 1 ? f[1] : "-").append('\t');
          out.append(ALSO).append(event.eventName()).append('\n');
        }
      }
    }
  }

  /** The fifth-column mark of a line that is not the shown spelling. */
  public static final String ALSO = "also-logged-as-of ";

  /**
   * The mark of a line that shows a list's single element logged as the element itself, which is
   * how CloudTrail writes a one-element list it converted from XML (see {@code
   * Node.ListOf#singleAsObject}): the same name, another layout, so a shown path, not an
   * alternative spelling.
   */
  public static final String ONE_ELEMENT = "one-element-form-of ";

  private static void primaryLines(EventSchema event, StringBuilder out, boolean allSpellings) {
    String prefix = event.eventSource() + "\t" + event.eventName() + "\t";
    int before = out.length();
    for (RecordPart d : event.parts().keySet()) {
      for (LeafPath leaf : LeafPaths.of(event, d)) {
        out.append(prefix).append(leaf.path()).append('\t').append(leaf.type());
        List<String> alternatives = alternatives(leaf);
        if (!alternatives.isEmpty()) {
          out.append('\t').append(String.join(",", alternatives));
        }
        out.append('\n');
        if (allSpellings) {
          for (String alt : alternatives) {
            out.append(prefix).append(alt).append('\t').append(leaf.type());
            out.append('\t').append(ALSO).append(leaf.path()).append('\n');
          }
        }
        for (FieldPath form : leaf.oneElementForms()) {
          out.append(prefix).append(form).append('\t').append(leaf.type());
          out.append('\t').append(ONE_ELEMENT).append(leaf.path()).append('\n');
        }
      }
    }
    for (String[] line : EnvelopePaths.resources(event)) {
      out.append(prefix).append(line[0]).append('\t').append(line[1]).append('\n');
    }
    if (out.length() == before) {
      out.append(prefix).append("-\t-\n");
    }
  }

  /** The leaf's path under each other spelling of its own key. */
  static List<String> alternatives(LeafPath leaf) {
    List<String> out = new ArrayList<>();
    if (leaf.direct() && leaf.field().isPresent()) {
      Field f = leaf.field().get();
      FieldPath parent = leaf.path().parent();
      for (String alt : f.alternatives()) {
        out.add(parent.key(alt).toString());
      }
    }
    return out;
  }

  public static String details(LeafPath leaf) {
    List<String> parts = new ArrayList<>();
    if (leaf.required()) {
      parts.add("required");
    }
    Node n = leaf.node();
    if (n instanceof Node.Leaf l) {
      String described = TypeDescription.describe(l.shape(), false);
      String type = TypeDescription.typeName(l.shape());
      if (described.length() > type.length()) {
        parts.add(described.substring(type.length() + 2));
      }
      l.timestampStyle().ifPresent(t -> parts.add("like " + t.example()));
    } else if (n instanceof Node.Cut cut) {
      parts.add("repeats " + cut.shape().name() + ", not expanded again");
    } else if (n instanceof Node.Any any) {
      parts.add(any.description());
    }
    List<String> alternatives = alternatives(leaf);
    if (!alternatives.isEmpty()) {
      parts.add("also logged as " + String.join(", ", alternatives));
    }
    return String.join("; ", parts);
  }

  public static String doc(LeafPath leaf) {
    String html = leaf.field().map(f -> f.member().documentation()).orElse("");
    if (html.isBlank() && leaf.node() instanceof Node.Leaf l) {
      ScalarShape s = l.shape();
      html = s.documentation();
    }
    return HtmlText.firstSentence(html);
  }

  /** Tabs and line breaks would break the columns. */
  public static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
