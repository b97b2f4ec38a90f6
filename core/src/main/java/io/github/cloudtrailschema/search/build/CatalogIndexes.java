package io.github.cloudtrailschema.search.build;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.search.IndexFormat;
import io.github.cloudtrailschema.search.SearchIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The search index of the catalogue in use. The embedded catalogue's was compiled at build time;
 * any other (a botocore merged over the embedded models, events learned from the user's logs) has
 * its index built on first use, as the build does, and kept in the cache folder under the
 * catalogue's {@link ModelCatalog#identity() identity}: a later search over the same models reads
 * it back, and other models (an upgraded botocore) build their own. A cached index is checked
 * against the checksums written with it; a damaged one is built again.
 */
public final class CatalogIndexes {
  /** Cached indexes of other model sets are kept this many at a time, the newest. */
  private static final int KEEP = 4;

  private static final String PREFIX = "search-";

  /** Hears how far building an index has come. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} services read; {@code total} last. */
    void services(int done, int total);
  }

  private CatalogIndexes() {}

  /**
   * The index of {@code catalog}.
   *
   * @param cacheRoot the cache folder, if there is one
   */
  public static SearchIndex of(ModelCatalog catalog, Optional<Path> cacheRoot, Progress progress) {
    if (catalog == ModelCatalog.embedded()) {
      return SearchIndex.embedded();
    }
    String identity = catalog.identity();
    Path dir = cacheRoot.map(r -> r.resolve(PREFIX + key(identity))).orElse(null);
    if (dir != null) {
      Optional<SearchIndex> cached = read(dir, identity);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    EventDocs docs = EventDocs.of(catalog, progress);
    byte[] terms = IndexWriter.terms(docs, CuratedTables.synonyms(), CuratedTables.priors());
    byte[] fields = IndexWriter.fields(docs);
    if (dir != null) {
      write(dir, identity, terms, fields);
    }
    return SearchIndex.of(terms, fields);
  }

  private static String key(String identity) {
    return Long.toHexString(crc(identity.getBytes(StandardCharsets.UTF_8)))
        + "-"
        + Integer.toHexString(identity.hashCode());
  }

  private static Optional<SearchIndex> read(Path dir, String identity) {
    try {
      List<String> stamp = Files.readAllLines(dir.resolve("stamp"), StandardCharsets.UTF_8);
      if (stamp.size() != 3 || !stamp.get(0).equals(identity)) {
        return Optional.empty();
      }
      byte[] terms = Files.readAllBytes(dir.resolve(IndexFormat.TERMS_FILE));
      byte[] fields = Files.readAllBytes(dir.resolve(IndexFormat.FIELDS_FILE));
      if (!stamp.get(1).equals(Long.toHexString(crc(terms)))
          || !stamp.get(2).equals(Long.toHexString(crc(fields)))) {
        return Optional.empty();
      }
      return Optional.of(SearchIndex.of(terms, fields));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // absent or damaged: build it again
    }
  }

  /** Writes the index whole (a half-written one has no stamp and is never read). */
  private static void write(Path dir, String identity, byte[] terms, byte[] fields) {
    if (identity.contains("\n")) {
      return;
    }
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(tmp);
      Files.write(tmp.resolve(IndexFormat.TERMS_FILE), terms);
      Files.write(tmp.resolve(IndexFormat.FIELDS_FILE), fields);
      Files.writeString(
          tmp.resolve("stamp"),
          identity
              + "\n"
              + Long.toHexString(crc(terms))
              + "\n"
              + Long.toHexString(crc(fields))
              + "\n",
          StandardCharsets.UTF_8);
      delete(dir);
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      prune(dir.getParent(), dir);
    } catch (IOException | RuntimeException e) {
      try {
        delete(tmp);
      } catch (IOException ignored) {
        // a stray temporary folder is harmless
      }
    }
  }

  /** Keeps the newest few cached indexes: each model set (botocore upgrade) has its own. */
  private static void prune(Path root, Path keep) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.list(root)) {
      all =
          s.filter(p -> p.getFileName().toString().startsWith(PREFIX))
              .filter(p -> !p.getFileName().toString().contains(".tmp-"))
              .filter(p -> !p.equals(keep))
              .sorted(Comparator.comparingLong(CatalogIndexes::modified).reversed())
              .toList();
    }
    for (Path old : all.subList(Math.min(KEEP - 1, all.size()), all.size())) {
      delete(old);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 c = new CRC32();
    c.update(bytes);
    return c.getValue();
  }
}
