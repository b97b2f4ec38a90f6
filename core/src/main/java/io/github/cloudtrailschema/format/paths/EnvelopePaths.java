package io.github.cloudtrailschema.format.paths;

import io.github.cloudtrailschema.trail.ArnFormat;
import io.github.cloudtrailschema.trail.RecordResources;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The envelope lines that are the event's own, after its parts: {@code eventCategory} and the
 * leaves of its {@code resources} elements. Each line is {@code path, type, details, doc}.
 */
final class EnvelopePaths {
  private EnvelopePaths() {}

  static List<String[]> lines(EventSchema event) {
    List<String[]> out = new ArrayList<>();
    String category = event.category().recordValue();
    out.add(
        new String[] {
          "eventCategory",
          "string",
          event.facts().categoryInferred()
              ? "one of " + category + " | Management (" + category + " inferred)"
              : "const " + category,
          event.facts().dataTypes().isEmpty()
              ? "A management event: every trail logs it."
              : "A data event: logged only with a data-event selector on "
                  + String.join(" or ", event.facts().dataTypes())
                  + "."
        });
    out.addAll(resources(event));
    return out;
  }

  /** {@code resources[].type}, its ARN key and {@code accountId}: the paths the export lists too. */
  static List<String[]> resources(EventSchema event) {
    List<RecordResources.Element> elements = event.facts().resources();
    if (elements.isEmpty()) {
      return List.of();
    }
    Set<String> types = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    List<String> formats = new ArrayList<>();
    boolean allFormats = true;
    boolean account = false;
    for (RecordResources.Element e : elements) {
      types.add(e.type());
      keys.add(e.arnKey());
      allFormats &= !e.arnFormats().isEmpty();
      e.arnFormats().stream().filter(f -> !formats.contains(f)).forEach(formats::add);
      account |= e.accountId();
    }
    List<String[]> out = new ArrayList<>();
    out.add(
        new String[] {
          "resources[].type",
          "string",
          (types.size() == 1 ? "const " : "one of ") + String.join(" | ", types),
          "The type of a resource the event names."
        });
    for (String key : keys) {
      out.add(
          new String[] {
            "resources[]." + key,
            "string",
            allFormats ? "pattern " + ArnFormat.pattern(formats) : "",
            key.equals("ARN") ? "The resource's ARN." : "The prefix of the resources listed."
          });
    }
    if (account) {
      out.add(
          new String[] {
            "resources[].accountId", "string", "", "The account that owns the resource."
          });
    }
    return out;
  }
}
