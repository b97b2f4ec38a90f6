package io.github.cloudtrailschema.format.tree;

import io.github.cloudtrailschema.format.TypeDescription;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.text.JsonText;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.LearnedFields;
import io.github.cloudtrailschema.walk.Node;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON tree of one part of an event: keys as CloudTrail writes them, each scalar replaced by a
 * description of its type and constraints, every structure, list and map expanded. Required
 * members, other spellings and member documentation ({@code --docs}) appear as {@code //} comments,
 * so the output is JSON with comments (JSONC).
 */
public final class TreeRenderer {
  private static final int DOC_WIDTH = 100;

  private final Style style;
  private final boolean docs;

  public TreeRenderer(Style style, boolean docs) {
    this.style = style;
    this.docs = docs;
  }

  public void render(EventStructure event, PrintWriter out) {
    if (event.root().isEmpty()) {
      out.println("null");
      return;
    }
    value(event.root().get(), "", out);
    out.println();
  }

  /** Any node, as the root of the output. */
  public void render(Node root, PrintWriter out) {
    value(root, "", out);
    out.println();
  }

  private void value(Node node, String indent, PrintWriter out) {
    if (node instanceof Node.Struct s) {
      struct(s, indent, out);
    } else if (node instanceof Node.ListOf l) {
      if (l.wrapper().isPresent()) {
        out.println("{");
        out.print(indent + "  " + style.key(JsonText.quote(l.wrapper().get())) + ": ");
        array(l, indent + "  ", out);
        out.println();
        out.print(indent + "}");
      } else {
        array(l, indent, out);
      }
    } else if (node instanceof Node.MapOf m) {
      out.println("{");
      String key = "<" + TypeDescription.describe(m.key(), false) + ">";
      out.print(indent + "  " + style.key(JsonText.quote(key)) + ": ");
      value(m.value(), indent + "  ", out);
      out.println();
      out.print(indent + "}");
    } else if (node instanceof Node.Leaf leaf) {
      out.print(style.type(JsonText.quote(TypeDescription.describe(leaf, false))));
    } else if (node instanceof Node.Cut cut) {
      out.print(style.warn(JsonText.quote("<recursive " + cut.shape().name() + ": see above>")));
    } else if (node instanceof Node.Any any) {
      out.print(style.type(JsonText.quote("<" + any.description() + ">")));
    }
  }

  private void array(Node.ListOf l, String indent, PrintWriter out) {
    out.print("[");
    if (l.singleAsObject()) {
      out.print(style.dim("  // one element may be logged as the element itself"));
    }
    out.println();
    out.print(indent + "  ");
    value(l.item(), indent + "  ", out);
    out.println();
    out.print(indent + "]");
  }

  private void struct(Node.Struct s, String indent, PrintWriter out) {
    List<Field> fields = s.fields();
    if (fields.isEmpty()) {
      out.print("{}");
      return;
    }
    out.println("{");
    String inner = indent + "  ";
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (docs && LearnedFields.note(f).isEmpty()) { // a learned field's note says it all
        documentation(f.member(), inner, out);
      }
      out.print(inner + style.key(JsonText.quote(f.name())) + ": ");
      value(f.value(), inner, out);
      if (i < fields.size() - 1) {
        out.print(",");
      }
      String note = note(f, s.shape());
      if (!note.isEmpty()) {
        out.print(style.dim("  // " + note));
      }
      out.println();
    }
    out.print(indent + "}");
  }

  private static String note(Field f, StructureShape owner) {
    List<String> notes = new ArrayList<>();
    if (f.member().required()) {
      notes.add("required");
    }
    if (f.member().deprecated()) {
      notes.add("deprecated");
    }
    if (owner.union()) {
      notes.add("one of the members");
    }
    if (!f.alternatives().isEmpty()) {
      notes.add("also logged as " + String.join(", ", f.alternatives()));
    }
    LearnedFields.note(f).ifPresent(notes::add); // seen in your logs: 14 records, ...
    return String.join("; ", notes);
  }

  private void documentation(Member m, String indent, PrintWriter out) {
    for (String line : HtmlText.wrap(m.documentation(), DOC_WIDTH, "")) {
      out.println(style.dim(indent + ("// " + line).stripTrailing()));
    }
  }
}
