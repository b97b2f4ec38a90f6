package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Mixin: which models to use — the embedded catalogue, or C2J files in a folder. */
public final class ModelOptions {
  @Option(
      names = "--models",
      paramLabel = "DIR",
      description =
          "Read C2J models (*-model.json, or botocore's <service>/<version>/service-2.json) from DIR"
              + " instead of the embedded catalogue.")
  Path models;

  private ModelCatalog catalog;

  ModelCatalog catalog() {
    if (catalog == null) {
      catalog = models == null ? ModelCatalog.embedded() : ModelCatalog.directory(models);
    }
    return catalog;
  }
}
