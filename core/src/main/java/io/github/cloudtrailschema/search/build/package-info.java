/**
 * Build time only: compiles the search index from the catalogue the build has just written (event
 * names, service names, summaries, documentation, member and field names) into {@code
 * catalog/search.bin} and {@code catalog/search-fields.bin}. Runs at {@code process-classes} after
 * the catalogue. Depends on {@code search}, {@code walk}, {@code trail}, {@code loading} and {@code
 * model}.
 */
package io.github.cloudtrailschema.search.build;
