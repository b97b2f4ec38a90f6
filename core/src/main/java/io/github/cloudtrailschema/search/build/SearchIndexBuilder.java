package io.github.cloudtrailschema.search.build;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.search.IndexFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles the search index into the catalogue folder. Runs at {@code process-classes} right after
 * {@code CatalogBuilder}, reading the catalogue it has just written (the compact form, so this
 * parses no JSON); argument: the catalogue folder.
 */
public final class SearchIndexBuilder {
  private SearchIndexBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SearchIndexBuilder CATALOG_DIR");
    }
    long start = System.nanoTime();
    Path out = Path.of(args[0]);
    EventDocs docs = EventDocs.of(ModelCatalog.embedded());
    byte[] terms = IndexWriter.terms(docs, CuratedTables.synonyms(), CuratedTables.priors());
    byte[] fields = IndexWriter.fields(docs);
    Files.write(out.resolve(IndexFormat.TERMS_FILE), terms);
    Files.write(out.resolve(IndexFormat.FIELDS_FILE), fields);
    System.out.printf(
        "[search] %d events -> %s (%d KB), %s (%d KB) (%d ms)%n",
        docs.events.size(),
        IndexFormat.TERMS_FILE,
        terms.length / 1024,
        IndexFormat.FIELDS_FILE,
        fields.length / 1024,
        (System.nanoTime() - start) / 1_000_000);
  }
}
