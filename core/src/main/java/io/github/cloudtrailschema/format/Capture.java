package io.github.cloudtrailschema.format;

import io.github.cloudtrailschema.model.EventType;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.trail.EventCategories;
import io.github.cloudtrailschema.trail.EventCategory;
import io.github.cloudtrailschema.trail.RecordFacts;
import io.github.cloudtrailschema.trail.RecordResources;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * How an event is captured, in the words every page uses: whether a trail logs it by default or
 * only with a data-event selector, whether EventBridge delivers it to an ordinary rule, and what its
 * {@code resources} hold. The tree, the markdown page and the web explorer show these lines.
 */
public final class Capture {
  private Capture() {}

  /** {@code Logged: ...}: whether a trail logs the event, and what it takes. */
  public static String logged(EventSchema event) {
    RecordFacts f = event.facts();
    if (f.category() == EventCategory.DATA) {
      return "Logged only with a data-event selector on "
          + String.join(" or ", f.dataTypes())
          + (f.categoryInferred() ? " (inferred: " + inference(f) + ")" : "");
    }
    return "Logged: management event, every trail";
  }

  /** {@code EventBridge: ...}: which rules see the event. */
  public static String eventBridge(EventSchema event) {
    if (EventBridgeFacts.needsAllManagementEvents(event.identity())) {
      return "EventBridge: delivered only with rule state "
          + EventBridgeFacts.ALL_MANAGEMENT_EVENTS
          + " (a read-only management event)";
    }
    if (event.category() == EventCategory.DATA) {
      return "EventBridge: delivered to enabled rules only when a trail logs it";
    }
    return "EventBridge: delivered to enabled rules";
  }

  /**
   * {@code Also: ...}: a call through a VPC endpoint can also be logged as a network activity event
   * of its source, where the source has them; empty otherwise.
   */
  public static String network(EventSchema event) {
    if (event.eventType() != EventType.AWS_API_CALL || event.facts().network().isEmpty()) {
      return "";
    }
    EventCategories.NetworkSource n = event.facts().network().get();
    return "Also: through a VPC endpoint, a network activity event (AwsVpceEvent) with a selector on"
        + " eventCategory NetworkActivity and eventSource "
        + n.eventSource()
        + (n.inferred() ? " (inferred: " + n.basis().substring("inference: ".length()) + ")" : "");
  }

  /** The capture lines: logged, EventBridge and, where it applies, network activity. */
  public static List<String> lines(EventSchema event) {
    List<String> out = new ArrayList<>(List.of(logged(event), eventBridge(event)));
    String network = network(event);
    if (!network.isEmpty()) {
      out.add(network);
    }
    return out;
  }

  /**
   * One line per {@code resources} element: type, ARN format, whether it carries an account, and
   * when it is there or why it is believed.
   */
  public static List<String> resources(EventSchema event) {
    List<String> out = new ArrayList<>();
    for (RecordResources.Element e : event.facts().resources()) {
      StringBuilder b = new StringBuilder(e.type());
      b.append("  ")
          .append(e.arnKey())
          .append(' ')
          .append(e.arnFormats().isEmpty() ? "(format not documented)" : e.arnFormats().get(0));
      if (!e.accountId()) {
        b.append("  (no accountId)");
      }
      List<String> notes = new ArrayList<>();
      if (e.condition().isPresent()) {
        notes.add(e.condition().get());
      }
      if (e.inferred()) {
        notes.add("inferred: " + e.basis().substring("inference: ".length()));
      }
      if (!notes.isEmpty()) {
        b.append("  // ").append(String.join("; ", notes));
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String inference(RecordFacts f) {
    String basis = f.dataEvents().get(0).basis();
    return basis.startsWith("inference: ") ? basis.substring("inference: ".length()) : basis;
  }
}
