package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.walk.EventSchema;
import java.util.List;
import java.util.Optional;

/**
 * A field named by a pattern or rule that matches any of several events, where an array in the
 * record matches through any of its elements: it must exist in at least one of them.
 */
final class Fields {
  private Fields() {}

  static void exists(
      EventCatalog events, List<EventSchema> found, List<String> path, Position at, Findings f) {
    boolean nullOnly = true;
    for (EventSchema e : found) {
      RecordPaths.Status s = events.paths(e).match(path, true).status();
      if (s == RecordPaths.Status.FOUND) {
        return;
      }
      nullOnly &= s == RecordPaths.Status.NULL_RESPONSE;
    }
    EventSchema first = found.get(0);
    String typed = JmesPaths.notation(path);
    String which =
        found.size() == 1 ? first.eventSource() + " " + first.eventName() : "none of its events";
    if (nullOnly) {
      f.error(at, typed + " is never set: " + which + " logs responseElements as null",
          Optional.of("use a requestParameters field"));
    } else {
      f.error(
          at,
          found.size() == 1 ? which + " has no field " + typed : "none of its events has a field " + typed,
          Findings.didYouMean(events.paths(first).suggest(typed).map(s -> s.replace("[]", ""))));
    }
  }
}
