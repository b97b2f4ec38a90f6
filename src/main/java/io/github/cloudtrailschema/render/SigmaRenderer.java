package io.github.cloudtrailschema.render;

import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * {@code --format sigma}: a Sigma rule skeleton for the event: the AWS CloudTrail log source, a
 * selection on {@code eventSource} and {@code eventName}, and the event's fields. Fields under a
 * list or map cannot be named in a Sigma rule; they are listed as comments.
 */
public final class SigmaRenderer implements EventRenderer {
  private static final List<String> ENVELOPE_FIELDS =
      List.of(
          "eventTime",
          "userIdentity.arn",
          "userIdentity.type",
          "sourceIPAddress",
          "userAgent",
          "awsRegion",
          "errorCode",
          "errorMessage");

  @Override
  public void render(EventSchema event, PrintWriter out) {
    String name = event.eventName();
    out.println("title: " + Yaml.scalar(EventBridgeFacts.servicePrefix(event) + " " + name));
    UUID id =
        UUID.nameUUIDFromBytes(
            ("sigma:" + event.eventSource() + ":" + name).getBytes(StandardCharsets.UTF_8));
    out.println("id: " + id);
    out.println("status: experimental");
    String summary = HtmlText.firstSentence(event.operation().documentation());
    out.println(
        "description: "
            + JsonText.quote(
                "Detects "
                    + name
                    + " calls recorded by AWS CloudTrail"
                    + (summary.isEmpty() ? "." : ". " + name + ": " + summary)));
    out.println("author: cloudtrail-schema (skeleton, review before use)");
    out.println("logsource:");
    out.println("  product: aws");
    out.println("  service: cloudtrail");
    out.println("detection:");
    out.println("  selection:");
    out.println("    eventSource: " + Yaml.scalar(event.eventSource()));
    if (event.eventNameAlternatives().isEmpty()) {
      out.println("    eventName: " + Yaml.scalar(name));
    } else {
      out.println("    eventName:");
      out.println("      - " + Yaml.scalar(name));
      event.eventNameAlternatives().forEach(a -> out.println("      - " + Yaml.scalar(a)));
    }
    out.println("  # Narrow the selection on the event's own fields, e.g.:");
    List<LeafPath> leaves = LeafPaths.of(event);
    for (LeafPath leaf : leaves) {
      out.println("  #   " + leaf.path() + ": <" + leaf.type() + ">");
    }
    out.println("  condition: selection");
    out.println("fields:");
    for (String f : ENVELOPE_FIELDS) {
      out.println("  - " + f);
    }
    for (LeafPath leaf : leaves) {
      if (nameable(leaf.path())) {
        out.println("  - " + Yaml.scalar(leaf.path()));
      }
    }
    out.println("falsepositives:");
    out.println("  - Legitimate administrative activity");
    out.println("level: " + (event.readOnly() ? "low" : "medium"));
  }

  /** Sigma names fields by dotted keys; list elements and map keys have no name there. */
  private static boolean nameable(String path) {
    return !path.contains("[") && !path.contains("*");
  }
}
