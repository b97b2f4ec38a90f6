package io.github.cloudtrailschema.scan;

import io.github.cloudtrailschema.walk.path.FieldPath;

/**
 * One observed field path of an event.
 *
 * @param count records of the event in which the path occurred
 */
public record FieldReport(FieldPath path, long count, Explanation explanation) {}
