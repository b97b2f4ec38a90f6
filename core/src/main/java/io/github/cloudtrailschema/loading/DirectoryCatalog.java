package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The models in a folder, in any {@link ModelFormat}: botocore's data folder, {@code *-model.json}
 * files as in the models jar, Smithy JSON AST files. Every file is parsed when the folder is
 * scanned; a file that cannot be used is skipped and reported with its path.
 */
final class DirectoryCatalog extends ListedCatalog {
  private final Map<String, ServiceModel> models;
  private final Map<String, Path> sources;
  private final String identity;

  private DirectoryCatalog(
      String source,
      Map<String, ServiceModel> models,
      Map<String, Path> sources,
      List<LoadProblem> skipped,
      String identity) {
    this(source, summaries(models), models, sources, skipped, identity);
  }

  private DirectoryCatalog(
      String source,
      List<ServiceSummary> services,
      Map<String, ServiceModel> models,
      Map<String, Path> sources,
      List<LoadProblem> skipped,
      String identity) {
    super(CatalogInfo.of(source, "", services), services, skipped);
    this.identity = identity;
    this.sources = Map.copyOf(sources);
    this.models = models;
  }

  private static Map<String, ServiceModel> byName(List<ServiceModel> loaded) {
    Map<String, ServiceModel> models = new LinkedHashMap<>();
    loaded.forEach(m -> models.put(m.name(), m));
    return models;
  }

  /** Every service, sorted by name. */
  private static List<ServiceSummary> summaries(Map<String, ServiceModel> models) {
    List<ServiceSummary> list = new ArrayList<>();
    models.values().forEach(m -> list.add(new ServiceSummary(m.metadata(), m.operations().size())));
    list.sort(Comparator.comparing(ServiceSummary::name));
    return list;
  }

  /**
   * Scans and parses a folder.
   *
   * @throws ModelLoadException when the folder cannot be read or no model in it can be used
   */
  static DirectoryCatalog scan(Path dir) {
    return load(ModelFolder.scan(dir));
  }

  /** Parses a scanned folder's files. */
  static DirectoryCatalog load(ModelFolder folder) {
    return load(folder, LoadProgress.NONE);
  }

  /** Parses a scanned folder's files, telling {@code progress}. */
  static DirectoryCatalog load(ModelFolder folder, LoadProgress progress) {
    ModelFolder.Loaded loaded = folder.load(progress);
    requireSome(folder.root(), loaded.models().size(), loaded.skipped());
    return new DirectoryCatalog(
        label(loaded.models(), folder.root()),
        byName(loaded.models()),
        loaded.sources(),
        loaded.skipped(),
        identity(folder, loaded.sources()));
  }

  static void requireSome(Path root, int count, List<LoadProblem> skipped) {
    if (count > 0) {
      return;
    }
    if (skipped.isEmpty()) {
      throw new ModelLoadException(
          root
              + ": no models (botocore <service>/<version>/service-2.json[.gz], *-model.json,"
              + " or Smithy <service>/service/<version>/*.json)");
    }
    throw new ModelLoadException(
        root
            + ": no usable models: "
            + skipped.get(0)
            + (skipped.size() > 1 ? " (and " + (skipped.size() - 1) + " more skipped)" : ""));
  }

  /**
   * The identity of a model set: its files, each with its size and times, as the model cache's
   * stamp records them ({@link StoredCatalog} reads the same lines back, and so has the same).
   */
  static String identity(ModelFolder folder, Map<String, Path> sources) {
    try {
      return identity(folder.stamp(sources).stream().filter(l -> l.startsWith("file\t")).toList());
    } catch (java.io.IOException | RuntimeException e) {
      return "models unstamped " + System.identityHashCode(folder); // never equal to a cached one
    }
  }

  /** The identity of the set whose stamp has these {@code file} lines. */
  static String identity(List<String> fileLines) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    fileLines.stream()
        .sorted()
        .forEach(l -> crc.update((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return "models " + fileLines.size() + " " + Long.toHexString(crc.getValue());
  }

  @Override
  public String identity() {
    return identity;
  }

  /** {@code botocore /path/to/data}: the formats found, then the folder. */
  static String label(List<ServiceModel> models, Path root) {
    TreeSet<String> formats = new TreeSet<>();
    models.forEach(m -> formats.add(m.metadata().origin().label()));
    return String.join("+", formats) + " " + root;
  }

  /** Each service's model file. */
  Map<String, Path> sources() {
    return sources;
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    ServiceModel m = models.get(name);
    if (m == null) {
      throw noService(name);
    }
    return m;
  }
}
