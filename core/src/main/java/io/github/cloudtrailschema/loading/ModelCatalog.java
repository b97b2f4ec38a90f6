package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.nio.file.Path;
import java.util.List;

/**
 * The set of service models the tool knows: the catalogue embedded at build time, or C2J files a
 * user points at, or both merged. Implementations load each service lazily and cache it.
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

  /**
   * A key that differs whenever the catalogue's content may: the embedded catalogue's build, each
   * external model file's size and time, a learned overlay's content. What is derived from a
   * catalogue and cached (its search index) is keyed by it.
   */
  String identity();

  /**
   * Model files that could not be used and were left out, each with why; the other services are
   * usable.
   */
  default List<LoadProblem> skipped() {
    return List.of();
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

  /**
   * The models in a folder, in any format {@code --models} reads (botocore's data folder, {@code
   * *-model.json} files, Smithy JSON AST files), all parsed at once; files that cannot be used are
   * {@link #skipped()}.
   *
   * @throws ModelLoadException when the folder cannot be read or no model in it can be used
   */
  static ModelCatalog directory(Path dir) {
    return DirectoryCatalog.scan(dir);
  }

  /** {@code overlay}'s services over {@code base}'s, service by service (see MergedCatalog). */
  static ModelCatalog merged(ModelCatalog base, ModelCatalog overlay) {
    return new MergedCatalog(base, overlay);
  }
}
