package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * A parsed external model set read back from the model cache: the embedded catalogue's compact
 * format ({@link CatalogWriter}) in a folder. Each entry is checked against the checksum the cache
 * recorded, and its model file against the size and times the cache recorded, before it is decoded;
 * a damaged entry or a changed file is never trusted: the models are read from their source again
 * ({@code rebuild}), which also rewrites the cache.
 */
final class StoredCatalog extends ListedCatalog {
  private final Path dir;
  private final java.util.function.Supplier<String> identity;
  private final Map<String, long[]> checksums;
  private final java.util.function.Function<String, ModelCatalog> rebuild;
  private final java.util.function.Predicate<String> fresh;
  private final Map<String, ServiceModel> cache = new ConcurrentHashMap<>();
  private volatile ModelCatalog rebuilt;

  private StoredCatalog(
      Path dir,
      java.util.function.Supplier<String> identity,
      CatalogInfo info,
      List<ServiceSummary> services,
      Map<String, long[]> checksums,
      List<LoadProblem> skipped,
      java.util.function.Predicate<String> fresh,
      java.util.function.Function<String, ModelCatalog> rebuild) {
    super(info, services, skipped);
    this.dir = dir;
    this.identity = identity;
    this.fresh = fresh;
    this.checksums = checksums;
    this.rebuild = rebuild;
  }

  /**
   * Reads the cache's index.
   *
   * @throws ModelLoadException when the index is damaged or does not match the checksums
   */
  static StoredCatalog open(
      Path dir,
      java.util.function.Supplier<String> identity,
      Map<String, long[]> checksums,
      List<LoadProblem> skipped,
      java.util.function.Predicate<String> fresh,
      java.util.function.Function<String, ModelCatalog> rebuild) {
    byte[] bytes;
    try {
      bytes = entry(dir.resolve("index.bin"));
    } catch (IOException e) {
      throw new ModelLoadException(dir + ": cannot read the cache index: " + e.getMessage(), e);
    }
    ByteCursor in = new ByteCursor(bytes, 0);
    if (in.int32() != EmbeddedCatalog.INDEX_MAGIC) {
      throw new ModelLoadException(dir + ": the cache index has an unknown format");
    }
    String source = in.string();
    String date = in.string();
    int n = in.varint();
    List<ServiceSummary> services = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      var meta = ModelDecoder.readMetadata(in);
      services.add(new ServiceSummary(meta, in.varint()));
      if (!checksums.containsKey(meta.name())) {
        throw new ModelLoadException(dir + ": the cache index does not match its stamp");
      }
    }
    return new StoredCatalog(
        dir,
        identity,
        CatalogInfo.of(source, date, services),
        services,
        checksums,
        skipped,
        fresh,
        rebuild);
  }

  /** The set's files as the stamp records them: a file that changed since is re-read on use. */
  @Override
  public String identity() {
    return rebuilt != null ? rebuilt.identity() : identity.get();
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    if (rebuilt != null) {
      return rebuilt.load(name, withDocs);
    }
    long[] sums = checksums.get(name);
    if (sums == null) {
      throw noService(name);
    }
    return cache.computeIfAbsent(name + (withDocs ? "+docs" : ""), k -> read(name, sums, withDocs));
  }

  private ServiceModel read(String name, long[] sums, boolean withDocs) {
    if (!fresh.test(name)) {
      rebuilt = rebuild.apply(null); // changed models: read them again, quietly
      return rebuilt.load(name, withDocs);
    }
    try {
      byte[] main = entry(dir.resolve(name + ".bin"));
      byte[] docs = withDocs ? entry(dir.resolve(name + ".docs.bin")) : null;
      if (crc(main) != sums[0] || (docs != null && crc(docs) != sums[1])) {
        throw new ModelLoadException("checksum mismatch");
      }
      return ModelDecoder.read(
          new DataInputStream(new ByteArrayInputStream(main)),
          docs == null ? null : new DataInputStream(new ByteArrayInputStream(docs)));
    } catch (IOException | RuntimeException e) {
      rebuilt = rebuild.apply("an entry is damaged");
      return rebuilt.load(name, withDocs);
    }
  }

  /**
   * A cache file: a regular file (not a link to {@code /dev/zero}, not a FIFO), no larger than a
   * model; anything else is damage, and the models are read from their source again.
   */
  private static byte[] entry(Path file) throws IOException {
    return BoundedRead.file(file, BoundedRead.MAX_MODEL, false);
  }

  static long crc(byte[] bytes) {
    CRC32 c = new CRC32();
    c.update(bytes);
    return c.getValue();
  }
}
