package io.github.cloudtrailschema.scan;

import java.util.List;

/**
 * The inventory line of one event: an immutable snapshot of what was seen.
 *
 * @param errors records with an errorCode
 * @param firstSeen earliest eventTime, or null when no record had one
 * @param principals distinct principals (userIdentity.arn, else a fallback; see the README)
 * @param fields observed paths, sorted; empty unless field paths were asked for
 */
public record EventReport(
    String eventSource,
    String eventName,
    long count,
    long errors,
    String firstSeen,
    String lastSeen,
    int principals,
    ReadOnly readOnly,
    List<FieldReport> fields) {

  public EventReport {
    fields = List.copyOf(fields);
  }
}
