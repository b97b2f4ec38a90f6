package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue under {@code /catalog/} in the jar, written by the build's {@code CatalogWriter}.
 */
final class EmbeddedCatalog extends ListedCatalog {
  static final String INDEX = "/catalog/index.bin";
  static final int INDEX_MAGIC = 0x43544958; // "CTIX"

  /** The catalogue entry of the CloudTrail record envelope model: not a service. */
  static final String ENVELOPE = "_envelope";

  private static EmbeddedCatalog instance;

  /** The catalogue, read once per process on first use. */
  static synchronized EmbeddedCatalog instance() {
    if (instance == null) {
      instance = readIndex();
    }
    return instance;
  }

  private final Map<String, ServiceModel> cache = new ConcurrentHashMap<>();
  private final Map<String, ServiceModel> cacheWithDocs = new ConcurrentHashMap<>();

  private EmbeddedCatalog(CatalogInfo info, List<ServiceSummary> services) {
    super(info, services, List.of());
  }

  private static EmbeddedCatalog readIndex() {
    try (DataInputStream raw = open(INDEX)) {
      ByteCursor in = new ByteCursor(raw.readAllBytes(), 0);
      if (in.int32() != INDEX_MAGIC) {
        throw new ModelLoadException("embedded catalogue index has an unknown format");
      }
      String source = in.string();
      String date = in.string();
      int n = in.varint();
      List<ServiceSummary> services = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        var meta = ModelDecoder.readMetadata(in);
        services.add(new ServiceSummary(meta, in.varint()));
      }
      return new EmbeddedCatalog(CatalogInfo.of(source, date, services), services);
    } catch (IOException e) {
      throw new ModelLoadException("cannot read the embedded catalogue: " + e.getMessage(), e);
    }
  }

  static byte[] file(String name) {
    try (DataInputStream in = open("/catalog/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ModelLoadException("cannot read the embedded catalogue: " + e.getMessage(), e);
    }
  }

  static DataInputStream open(String resource) throws IOException {
    InputStream raw = fromJar(resource);
    if (raw == null) {
      raw = EmbeddedCatalog.class.getResourceAsStream(resource);
    }
    if (raw == null) {
      throw new ModelLoadException(
          "the embedded catalogue is missing " + resource + "; rebuild with 'mvn package'");
    }
    return new DataInputStream(new BufferedInputStream(raw, 1 << 16));
  }

  /** The jar the catalogue ships in, or null when the classes are a folder (tests, IDEs). */
  private static java.util.zip.ZipFile jar;

  private static boolean jarLooked;

  /**
   * Reads straight from our own jar: a resource URL goes through URL parsing and a jar URL
   * connection, a measurable share of the commonest commands' start-up. The JDK shares the opened
   * jar's central directory, so this opens nothing twice.
   */
  private static synchronized InputStream fromJar(String resource) throws IOException {
    if (!jarLooked) {
      jarLooked = true;
      try {
        var source = EmbeddedCatalog.class.getProtectionDomain().getCodeSource();
        java.nio.file.Path path =
            source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
        if (path != null && java.nio.file.Files.isRegularFile(path)) {
          jar = new java.util.zip.ZipFile(path.toFile());
        }
      } catch (java.net.URISyntaxException | RuntimeException e) {
        jar = null; // fall back to the class loader
      }
    }
    if (jar == null) {
      return null;
    }
    java.util.zip.ZipEntry entry = jar.getEntry(resource.substring(1));
    return entry == null ? null : jar.getInputStream(entry);
  }

  private volatile String identity;

  /**
   * The models, the codec and this build: a checksum of the build's own index file, which any
   * change to the catalogue or to how its events are indexed changes (a development build keeps
   * its version number from one build to the next).
   */
  @Override
  public String identity() {
    String id = identity;
    if (id == null) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(file("index.bin"));
      try {
        crc.update(file("search.bin"));
      } catch (ModelLoadException e) {
        // a build without a search index (its builder runs after the catalogue's)
      }
      id =
          "embedded "
              + info().source()
              + " "
              + info().date()
              + " "
              + ModelCache.header()
              + " "
              + Long.toHexString(crc.getValue());
      identity = id;
    }
    return id;
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    Map<String, ServiceModel> c = withDocs ? cacheWithDocs : cache;
    ServiceModel cached = c.get(name);
    if (cached != null) {
      return cached;
    }
    boolean known = false;
    for (ServiceSummary s : services()) {
      known |= s.name().equals(name);
    }
    if (!known) {
      throw noService(name);
    }
    ServiceModel model = read(name, withDocs);
    ServiceModel raced = c.putIfAbsent(name, model);
    return raced != null ? raced : model;
  }

  private volatile java.util.Optional<ServiceModel> envelope;

  @Override
  public java.util.Optional<ServiceModel> envelope() {
    if (envelope == null) {
      envelope =
          EmbeddedCatalog.class.getResource(resource(ENVELOPE, false)) == null
              ? java.util.Optional.empty()
              : java.util.Optional.of(read(ENVELOPE, true));
    }
    return envelope;
  }

  private static ServiceModel read(String name, boolean withDocs) {
    try (DataInputStream main = open(resource(name, false));
        DataInputStream docs = withDocs ? open(resource(name, true)) : null) {
      return ModelDecoder.read(main, docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name, boolean docs) {
    return "/catalog/" + name + (docs ? ".docs.bin" : ".bin");
  }
}
