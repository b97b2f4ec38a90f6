package io.github.cloudtrailschema.loading;

import java.util.List;

/**
 * A catalogue that lists its own services, read from one source (the jar's catalogue, a folder, the
 * model cache): what it is, its services and the files it left out are fixed when it is opened, and
 * only loading a model differs. The catalogues layered over others ({@link MergedCatalog}, the
 * overlay's) answer from the catalogues under them instead, so they do not extend this.
 */
abstract class ListedCatalog implements ModelCatalog {
  private final CatalogInfo info;
  private final List<ServiceSummary> services;
  private final List<LoadProblem> skipped;

  ListedCatalog(CatalogInfo info, List<ServiceSummary> services, List<LoadProblem> skipped) {
    this.info = info;
    this.services = List.copyOf(services);
    this.skipped = List.copyOf(skipped);
  }

  @Override
  public final CatalogInfo info() {
    return info;
  }

  @Override
  public final List<ServiceSummary> services() {
    return services;
  }

  @Override
  public final List<LoadProblem> skipped() {
    return skipped;
  }

  /** What {@link #load} throws for a name the catalogue does not list. */
  static IllegalArgumentException noService(String name) {
    return new IllegalArgumentException("no service " + name);
  }
}
