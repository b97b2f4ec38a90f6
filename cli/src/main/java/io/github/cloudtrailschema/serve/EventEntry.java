package io.github.cloudtrailschema.serve;

/**
 * One event as lists and search show it.
 *
 * @param service the catalogue name ({@code iam})
 * @param operation the model's operation name; empty when a ranked search hit does not say
 * @param eventType empty when a ranked search hit does not say (a curated non-API event)
 * @param summary the first sentence of the operation's documentation, plain text
 */
public record EventEntry(
    String service,
    String eventSource,
    String eventName,
    String operation,
    String eventType,
    boolean readOnly,
    boolean dataEvent,
    boolean deprecated,
    String summary) {}
