package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.walk.EventStructure;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code cloudtrail-schema iam.CreatePolicy[.input|.output]}: the operation's description, then
 * the tree of each requested half under a {@code Result} heading.
 */
public final class OperationPage {
  private static final int WIDTH = 100;

  private OperationPage() {}

  public static void render(List<EventStructure> halves, Style style, boolean docs, PrintWriter out) {
    EventStructure first = halves.get(0);
    var op = first.operation();
    out.println(style.heading("Description") + ":");
    List<String> text = HtmlText.wrap(op.documentation(), WIDTH, "  ");
    if (text.isEmpty()) {
      out.println("  (the model has no documentation for " + op.name() + ")");
    } else {
      text.forEach(out::println);
    }
    TreeRenderer tree = new TreeRenderer(style, docs);
    for (EventStructure half : halves) {
      out.println();
      out.println(
          style.heading("Result")
              + style.dim(" (" + half.direction().label() + ": " + half.direction().recordField() + ")")
              + ":");
      if (half.root().isEmpty()) {
        out.println(
            style.dim(
                "  // "
                    + op.name()
                    + " has no "
                    + half.direction().label()
                    + ": CloudTrail logs \""
                    + half.direction().recordField()
                    + "\": null"));
        out.println("null");
      } else {
        tree.render(half, out);
      }
    }
  }
}
