/**
 * {@code lint}: checks Cloud Custodian policies, EventBridge event patterns and Sigma rules against
 * the schema before they ship. Files are parsed into a small positioned tree ({@link
 * io.github.cloudtrailschema.lint.SourceNode}) so every {@link
 * io.github.cloudtrailschema.lint.Diagnostic} has a line and column; events are looked up through
 * {@code check}'s {@code EventIndex} and their fields through the record's leaf paths ({@code
 * walk}'s {@code RecordSchema}, {@code walk.path}'s {@code LeafPaths}). Depends on {@code loading},
 * {@code trail}, {@code walk}, {@code check} and {@code text}; nothing depends on it but {@code
 * cli}.
 */
package io.github.cloudtrailschema.lint;
