/**
 * Finds the CloudTrail event behind a question ("a security group was opened to the internet") or a
 * near-miss name ({@code RunInstance}): a compact inverted index over every event's name, service
 * names, summary, documentation and member names, built into the catalogue at build time ({@code
 * search.build}) and read lazily at run time. {@link io.github.cloudtrailschema.search.SearchIndex}
 * is the entry point. Depends on {@code walk}, {@code trail}, {@code loading} and {@code model}.
 */
package io.github.cloudtrailschema.search;
