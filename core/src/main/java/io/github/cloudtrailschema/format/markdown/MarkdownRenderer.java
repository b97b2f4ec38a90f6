package io.github.cloudtrailschema.format.markdown;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.example.ExampleRenderer;
import io.github.cloudtrailschema.format.paths.PathsRenderer;
import io.github.cloudtrailschema.format.tree.OperationPage;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * {@code --format markdown}: a page documenting the event for a wiki: identity, description, one
 * table of fields per record part, an EventBridge pattern and an example record.
 */
public final class MarkdownRenderer implements EventRenderer {
  private final RenderOptions options;
  private final boolean example;

  public MarkdownRenderer(RenderOptions options) {
    this(options, true);
  }

  /**
   * @param example include the example record (export pages per service leave it out)
   */
  public MarkdownRenderer(RenderOptions options, boolean example) {
    this.options = options;
    this.example = example;
  }

  @Override
  public void render(EventSchema event, PrintWriter out) {
    section(event, "#", out);
  }

  /**
   * The event's section, headed at {@code level} ({@code #} for a page, {@code ##} in a service
   * page).
   */
  public void section(EventSchema event, String level, PrintWriter out) {
    out.println(level + " " + MarkdownText.text(event.eventName()));
    out.println();
    out.println("| | |");
    out.println("|---|---|");
    out.println("| eventSource | " + MarkdownText.code(event.eventSource()) + " |");
    out.println(
        "| eventName | "
            + MarkdownText.code(event.eventName())
            + (event.eventNameAlternatives().isEmpty()
                ? ""
                : " (also "
                    + String.join(
                        ", ",
                        event.eventNameAlternatives().stream().map(MarkdownText::code).toList())
                    + ")")
            + " |");
    out.println("| eventType | " + event.eventType() + " |");
    out.println("| readOnly | " + event.readOnly() + " |");
    out.println(
        "| API operation | "
            + MarkdownText.text(event.service().name())
            + " "
            + MarkdownText.text(event.operation().name())
            + " |");
    out.println(
        "| EventBridge | source "
            + MarkdownText.code(EventBridgeFacts.source(event.identity()))
            + ", detail-type "
            + MarkdownText.code(EventBridgeFacts.detailType(event.identity()))
            + " |");
    out.println();
    List<String> text = HtmlText.wrap(event.operation().documentation(), Integer.MAX_VALUE, "");
    if (!text.isEmpty()) {
      text.forEach(line -> out.println(cell(line, false)));
      out.println();
    }
    for (RecordPart d : OperationPage.defaultParts(event)) {
      out.println(level + "# " + d.recordField());
      out.println();
      if (event.part(d).root().isEmpty()) {
        out.println("CloudTrail logs `null`.");
        out.println();
        continue;
      }
      List<LeafPath> leaves = LeafPaths.of(event, d);
      if (leaves.isEmpty()) {
        out.println("An empty object.");
        out.println();
        continue;
      }
      out.println("| Path | Type | Details | Description |");
      out.println("|---|---|---|---|");
      for (LeafPath leaf : leaves) {
        out.println(
            "| "
                + MarkdownText.code(leaf.path().toString())
                + " | "
                + leaf.type()
                + " | "
                + cell(PathsRenderer.details(leaf), true)
                + " | "
                + cell(PathsRenderer.doc(leaf), true)
                + " |");
      }
      out.println();
    }
    if (example) {
      out.println(level + "# Example record");
      out.println();
      out.println("```json");
      StringWriter json = new StringWriter();
      PrintWriter w = new PrintWriter(json);
      new ExampleRenderer(options.withEventBridge(false)).render(event, w);
      w.flush();
      out.print(json);
      out.println("```");
      out.println();
    }
  }

  /** Table cells: pipes escaped, line breaks flattened; text lines: HTML-looking text escaped. */
  static String cell(String s, boolean table) {
    String t = s.replace("<", "&lt;").replace(">", "&gt;");
    return table ? PathsRenderer.clean(t).replace("|", "\\|") : t;
  }
}
