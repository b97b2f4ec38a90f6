package io.github.cloudtrailschema.format.tree;

import io.github.cloudtrailschema.format.Capture;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventStructure;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code cloudtrail-schema iam.CreatePolicy[.input|.output]}: the event's identity and description,
 * then the tree of each requested part under a {@code Result} heading.
 */
public final class OperationPage {
  private static final int WIDTH = 100;

  private OperationPage() {}

  public static void render(
      EventSchema event, List<RecordPart> parts, Style style, boolean docs, PrintWriter out) {
    header(event, style, out);
    TreeRenderer tree = new TreeRenderer(style, docs);
    for (RecordPart d : parts) {
      EventStructure half = event.part(d);
      out.println();
      out.println(
          style.heading("Result")
              + style.dim(" (" + d.label() + ": " + d.recordField() + ")")
              + ":");
      if (half.root().isEmpty()) {
        out.println(style.dim("  // " + nullReason(event, d)));
        out.println("null");
        unloggedResponse(event, d, tree, style, out);
      } else {
        tree.render(half, out);
      }
    }
    if (parts.contains(RecordPart.INPUT) && parts.contains(RecordPart.OUTPUT)) {
      resources(event, style, out);
    }
  }

  /** The elements of {@code resources}, one per line, where anything is known of them. */
  private static void resources(EventSchema event, Style style, PrintWriter out) {
    List<String> lines = Capture.resources(event);
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println(style.heading("Resources") + style.dim(" (resources[])") + ":");
    for (String line : lines) {
      out.println("  " + line);
    }
  }

  /**
   * A read-only call's response, which CloudTrail usually leaves out: shown after the null for
   * reference, since a few services do log it and {@code check} then matches records against it.
   */
  private static void unloggedResponse(
      EventSchema event, RecordPart d, TreeRenderer tree, Style style, PrintWriter out) {
    if (d != RecordPart.OUTPUT || !event.readOnly() || event.operation().output().isEmpty()) {
      return;
    }
    EventStructure response = event.unlogged(d);
    if (response.root().isPresent()) {
      out.println();
      out.println(
          style.dim(
              "  // The API's response, for reference (in the rare records that log it, under"
                  + " responseElements):"));
      tree.render(response, out);
    }
  }

  /** {@code --envelope}: the whole record, the event's parts in place. */
  public static void renderRecord(
      EventSchema event,
      java.util.Optional<io.github.cloudtrailschema.walk.Node.Struct> record,
      Style style,
      boolean docs,
      PrintWriter out) {
    header(event, style, out);
    out.println();
    out.println(style.heading("Result") + style.dim(" (the whole record)") + ":");
    if (record.isEmpty()) {
      out.println(style.dim("  // this build has no record envelope model"));
      return;
    }
    new TreeRenderer(style, docs).render(record.get(), out);
  }

  private static void header(EventSchema event, Style style, PrintWriter out) {
    var op = event.operation();
    out.println(
        style.dim(
            "eventSource: "
                + event.eventSource()
                + "  eventName: "
                + event.eventName()
                + (event.eventNameAlternatives().isEmpty()
                    ? ""
                    : " (also " + String.join(", ", event.eventNameAlternatives()) + ")")
                + "  eventType: "
                + event.eventType()
                + "  readOnly: "
                + event.readOnly()
                + "  eventCategory: "
                + event.category().recordValue()));
    for (String line : Capture.lines(event)) {
      out.println(style.dim(line));
    }
    out.println();
    out.println(style.heading("Description") + ":");
    List<String> text = HtmlText.wrap(op.documentation(), WIDTH, "  ");
    if (text.isEmpty()) {
      out.println("  (the model has no documentation for " + op.name() + ")");
    } else {
      for (String line : text) {
        out.println(line);
      }
    }
  }

  /** The parts a page shows by default: request and response, plus any part the event fills. */
  public static List<RecordPart> defaultParts(EventSchema event) {
    List<RecordPart> parts = new java.util.ArrayList<>(List.of(RecordPart.INPUT, RecordPart.OUTPUT));
    for (RecordPart d : List.of(RecordPart.ADDITIONAL, RecordPart.SERVICE_DETAILS)) {
      if (event.parts().containsKey(d)) {
        parts.add(d);
      }
    }
    return parts;
  }

  private static String nullReason(EventSchema event, RecordPart d) {
    String name = event.operation().name();
    if (d == RecordPart.OUTPUT && event.readOnly() && event.operation().output().isPresent()) {
      return name + " is read-only: CloudTrail logs \"responseElements\": null";
    }
    return name + " has no " + d.label() + ": CloudTrail logs \"" + d.recordField() + "\": null";
  }
}
