package io.github.cloudtrailschema.scan;

/**
 * One observed field path of an event.
 *
 * @param count records of the event in which the path occurred
 */
public record FieldReport(String path, long count, Explanation explanation) {}
