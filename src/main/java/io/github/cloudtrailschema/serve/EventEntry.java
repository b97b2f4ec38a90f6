package io.github.cloudtrailschema.serve;

/**
 * One event as lists and search show it.
 *
 * @param service the catalogue name ({@code iam})
 * @param summary the first sentence of the operation's documentation, plain text
 */
public record EventEntry(
    String service,
    String eventSource,
    String eventName,
    String operation,
    String eventType,
    boolean readOnly,
    boolean deprecated,
    String summary) {}
