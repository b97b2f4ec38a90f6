package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.PrintWriter;
import java.util.List;

/**
 * The JSON tree of one half of an event: keys as CloudTrail writes them, each scalar replaced by a
 * description of its type and constraints, every structure, list and map expanded. Required
 * members and member documentation ({@code --docs}) appear as {@code //} comments, so the output
 * is JSON with comments (JSONC), and plain JSON when neither is needed.
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
      out.print(style.type(JsonText.quote(TypeDescription.describe(leaf.shape(), false))));
    } else if (node instanceof Node.Cut cut) {
      out.print(style.warn(JsonText.quote("<recursive " + cut.shape().name() + ": see above>")));
    }
  }

  private void array(Node.ListOf l, String indent, PrintWriter out) {
    out.println("[");
    out.print(indent + "  ");
    value(l.item(), indent + "  ", out);
    out.println();
    out.print(indent + "]");
  }

  private void struct(Node.Struct s, String indent, PrintWriter out) {
    if (s.shape().document()) {
      out.print(style.type(JsonText.quote("<document: any JSON value>")));
      return;
    }
    List<Field> fields = s.fields();
    if (fields.isEmpty()) {
      out.print("{}");
      return;
    }
    out.println("{");
    String inner = indent + "  ";
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (docs) {
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
    StringBuilder b = new StringBuilder();
    if (f.member().required()) {
      b.append("required");
    }
    if (f.member().deprecated()) {
      b.append(b.length() > 0 ? ", " : "").append("deprecated");
    }
    if (owner.union() && b.length() == 0) {
      b.append("one of the members");
    }
    return b.toString();
  }

  private void documentation(Member m, String indent, PrintWriter out) {
    for (String line : HtmlText.wrap(m.documentation(), DOC_WIDTH, "")) {
      out.println(style.dim(indent + ("// " + line).stripTrailing()));
    }
  }
}
