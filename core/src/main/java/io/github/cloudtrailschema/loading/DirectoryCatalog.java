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
final class DirectoryCatalog implements ModelCatalog {
  private final CatalogInfo info;
  private final List<ServiceSummary> services;
  private final Map<String, ServiceModel> models;
  private final List<LoadProblem> skipped;
  private final Map<String, Path> sources;

  DirectoryCatalog(
      String source,
      List<ServiceModel> loaded,
      Map<String, Path> sources,
      List<LoadProblem> skipped) {
    this.sources = Map.copyOf(sources);
    this.models = new LinkedHashMap<>();
    loaded.forEach(m -> models.put(m.name(), m));
    List<ServiceSummary> list = new ArrayList<>();
    models.values().forEach(m -> list.add(new ServiceSummary(m.metadata(), m.operations().size())));
    list.sort(Comparator.comparing(ServiceSummary::name));
    this.services = List.copyOf(list);
    this.info = CatalogInfo.of(source, "", services);
    this.skipped = List.copyOf(skipped);
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
    ModelFolder.Loaded loaded = folder.load();
    requireSome(folder.root(), loaded.models().size(), loaded.skipped());
    return new DirectoryCatalog(
        label(loaded.models(), folder.root()), loaded.models(), loaded.sources(), loaded.skipped());
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
  public CatalogInfo info() {
    return info;
  }

  @Override
  public List<ServiceSummary> services() {
    return services;
  }

  @Override
  public List<LoadProblem> skipped() {
    return skipped;
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    ServiceModel m = models.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no service " + name);
    }
    return m;
  }
}
