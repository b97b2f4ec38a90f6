/**
 * Checks real CloudTrail records against the schema: which event each record is, and which of its
 * leaf fields the schema explains. The engine behind {@code check} and {@code scan --fields}, and
 * the project's measure of its own fidelity. Reads records as Jackson trees (raw JSON is allowed
 * here, as in {@code scan}); depends on {@code walk}, {@code overlay} (a field learned from the
 * user's logs counts "from your logs"), {@code trail}, {@code loading} and {@code model}.
 */
package io.github.cloudtrailschema.check;
