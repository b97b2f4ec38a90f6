package io.github.cloudtrailschema.trail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cloud Custodian's {@code mode.events} shortcuts: a bare string such as {@code CreateBucket} in a
 * CloudTrail-mode policy stands for an event source, an event name and an {@code ids} JMESPath.
 * The table is curated data ({@code curated/custodian-shortcuts.tsv}, from one c7n release, with
 * its evidence), read once.
 *
 * <p>At run time c7n uses the string itself, not the table's event name: the rule subscribes to
 * eventName = the string, and {@code get_ids} looks the entry up by the logged eventName. So a
 * shortcut stands for an event only where its name is the logged eventName ({@code CreateFunction}
 * subscribes to a name Lambda never logs: it logs {@code CreateFunction20150331}).
 */
public final class CustodianShortcuts {
  /**
   * One shortcut.
   *
   * @param name what a policy writes ({@code CreateFunction})
   * @param eventSource the event source Custodian subscribes to
   * @param eventName the event name Custodian matches ({@code CreateFunction20150331})
   * @param ids the JMESPath of the resource ids, relative to the record
   */
  public record Shortcut(String name, String eventSource, String eventName, String ids) {
    /** Whether a policy listing it ever fires: c7n subscribes to its name as the eventName. */
    public boolean fires() {
      return name.equals(eventName);
    }
  }

  private static final String RESOURCE = "/curated/custodian-shortcuts.tsv";
  private static final Map<String, Shortcut> BY_NAME = load();

  private CustodianShortcuts() {}

  /** Every shortcut by the name a policy writes, in the table's order. */
  public static Map<String, Shortcut> all() {
    return BY_NAME;
  }

  /** The shortcut a policy writes as {@code name}. */
  public static Optional<Shortcut> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * The shortcut that stands for this event, if Custodian has one that fires on it: its name is
   * the logged eventName and its source the event's.
   */
  public static Optional<Shortcut> forEvent(String eventSource, String eventName) {
    return byName(eventName).filter(s -> s.fires() && s.eventSource().equals(eventSource));
  }

  private static Map<String, Shortcut> load() {
    Map<String, Shortcut> out = new LinkedHashMap<>();
    for (String[] f : CuratedRows.read(RESOURCE)) {
      out.put(f[0], new Shortcut(f[0], f[1], f[2], f[3]));
    }
    return Collections.unmodifiableMap(out);
  }
}
