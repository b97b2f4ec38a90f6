package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.nio.file.Path;
import java.util.List;

/**
 * The set of service models the tool knows: the catalogue embedded at build time, or C2J files a
 * user points at. Implementations load each service lazily and cache it.
 */
public interface ModelCatalog {
  CatalogInfo info();

  /** Every service, sorted by name. */
  List<ServiceSummary> services();

  /**
   * Loads one service by its catalogue name.
   *
   * @param withDocs also load member and shape documentation (slower; only {@code --docs} needs it)
   * @throws ModelLoadException when the model cannot be read
   * @throws IllegalArgumentException when there is no service of that name
   */
  ServiceModel load(String name, boolean withDocs);

  /**
   * The model of the CloudTrail record itself (structure {@code CloudTrailRecord}: eventVersion,
   * userIdentity, ...), curated in this project; empty if the build had none.
   */
  default java.util.Optional<ServiceModel> envelope() {
    return embedded().envelope();
  }

  /** The catalogue compiled into the jar at build time. */
  static ModelCatalog embedded() {
    return EmbeddedCatalog.instance();
  }

  /**
   * A further file of the embedded catalogue, read whole ({@code search.bin}: the search index).
   *
   * @throws ModelLoadException when the catalogue has no such file
   */
  static byte[] embeddedFile(String name) {
    return EmbeddedCatalog.file(name);
  }

  /** C2J model files ({@code *.json}) in a folder, searched recursively, parsed on first use. */
  static ModelCatalog directory(Path dir) {
    return DirectoryCatalog.scan(dir);
  }
}
