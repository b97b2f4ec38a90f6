/**
 * The event formats: {@link io.github.cloudtrailschema.format.OutputFormat} names them and makes
 * each one's {@link io.github.cloudtrailschema.format.EventRenderer}, which turns the walk result of
 * one event ({@link io.github.cloudtrailschema.walk.EventSchema}) into text. One sub-package per
 * format; what formats share (options, one-line type descriptions) lives here.
 *
 * <p>Output is deterministic: model order, sorted maps, fixed example values. Depends on {@code
 * walk}, {@code trail}, {@code model}, {@code pattern}, {@code text} and the catalogue of {@code
 * loading} (for the record envelope); nothing here reads records, runs commands or writes files.
 */
package io.github.cloudtrailschema.format;
