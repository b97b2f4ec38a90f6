/**
 * Compiles the search index of a catalogue (event names, service names, summaries, documentation,
 * member and field names): at build time, the embedded catalogue's into {@code catalog/search.bin}
 * and {@code catalog/search-fields.bin} (run at {@code process-classes} after the catalogue); at
 * run time, the index of other models, built once and cached ({@link
 * io.github.cloudtrailschema.search.build.CatalogIndexes}). Depends on {@code search}, {@code
 * walk}, {@code trail}, {@code loading} and {@code model}.
 */
package io.github.cloudtrailschema.search.build;
