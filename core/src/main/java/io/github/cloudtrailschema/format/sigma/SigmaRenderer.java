package io.github.cloudtrailschema.format.sigma;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.text.JsonText;
import io.github.cloudtrailschema.text.Yaml;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.path.LeafPath;
import io.github.cloudtrailschema.walk.path.LeafPaths;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code --format sigma}: a Sigma rule skeleton for the event: the AWS CloudTrail log source, a
 * selection on {@code eventSource} and {@code eventName}, and the event's fields by Sigma's dotted
 * names (a list's elements through the list's name), with the modifier their values call for
 * ({@code |cidr}, {@code |contains}); fields under a map have no Sigma name and are left out.
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
    // Two models can define one event (an API's old and new model): the model's name keeps the
    // title and the id unique. So does the operation's where another operation of the model logs
    // the same event name (S3's ListObjectsV2 logs as ListObjects).
    String model = event.service().name();
    String prefix = EventBridgeFacts.servicePrefix(event.identity());
    String operation = sharesEventName(event) ? event.operation().name() : "";
    List<String> qualifiers = new ArrayList<>();
    if (!model.equals(prefix)) {
      qualifiers.add(model);
    }
    if (!operation.isEmpty()) {
      qualifiers.add("operation " + operation);
    }
    out.println(
        "title: "
            + Yaml.scalar(
                prefix
                    + " "
                    + name
                    + (qualifiers.isEmpty() ? "" : " (" + String.join(", ", qualifiers) + ")")));
    UUID id =
        UUID.nameUUIDFromBytes(
            ("sigma:"
                    + event.eventSource()
                    + ":"
                    + name
                    + ":"
                    + model
                    + (operation.isEmpty() ? "" : ":" + operation))
                .getBytes(StandardCharsets.UTF_8));
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
      sigmaName(leaf.path())
          .ifPresent(f -> out.println("  #   " + f + modifier(leaf) + ": <" + leaf.type() + ">"));
    }
    out.println("  condition: selection");
    out.println("fields:");
    for (String f : ENVELOPE_FIELDS) {
      out.println("  - " + f);
    }
    leaves.stream()
        .map(l -> sigmaName(l.path()))
        .flatMap(Optional::stream)
        .distinct()
        .forEach(f -> out.println("  - " + Yaml.scalar(f)));
    out.println("falsepositives:");
    out.println("  - Legitimate administrative activity");
    out.println("level: " + (event.readOnly() ? "low" : "medium"));
  }

  /**
   * Whether the event's name is another operation's of the model: that operation is logged under it
   * as well, and this one is told apart by its own name.
   */
  private static boolean sharesEventName(EventSchema event) {
    String op = event.operation().name();
    return !op.equals(event.eventName())
        && event.service().operations().containsKey(event.eventName());
  }

  /**
   * The field as Sigma names it: dotted keys, a list's elements through the list's own name (Sigma
   * matches any element). A map's keys and keys that are not plain names have no Sigma name.
   */
  static Optional<String> sigmaName(FieldPath path) {
    if (path.hasOddKey() || path.hasAnyKey()) {
      return Optional.empty();
    }
    return Optional.of(String.join(".", path.keys()));
  }

  /** Sigma's value modifier a field's values call for. */
  static String modifier(LeafPath leaf) {
    String key = leaf.path().fieldName().orElse("").toLowerCase(Locale.ROOT);
    if (!leaf.type().equals("string")) {
      return "";
    }
    if (key.startsWith("cidr") || key.endsWith("cidrblock") || key.endsWith("cidrip")) {
      return "|cidr";
    }
    if (key.endsWith("policy") || key.endsWith("document") || key.endsWith("policydocument")) {
      return "|contains";
    }
    return "";
  }
}
