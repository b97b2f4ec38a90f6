package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.UserModels;
import picocli.CommandLine.Option;

/**
 * Mixin: which models to use — the embedded catalogue, or a folder's models merged over it ({@code
 * --models}, or the environment variable {@code CLOUDTRAIL_SCHEMA_MODELS}).
 */
public final class ModelOptions {
  private final CliContext ctx;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description =
          "Read models from DIR over the embedded ones, service by service: botocore's data folder"
              + " (service-2.json or .gz), *-model.json files, or Smithy JSON AST files; 'auto'"
              + " finds an installed botocore (Python on PATH, AWS CLI v2, virtualenv, pipx)."
              + " Default: $CLOUDTRAIL_SCHEMA_MODELS, else the embedded models only.")
  String models;

  private ModelCatalog catalog;

  ModelOptions(CliContext ctx) {
    this.ctx = ctx;
  }

  ModelCatalog catalog() {
    if (catalog == null) {
      catalog = catalog(models != null ? models : ctx.env().get(UserModels.ENV), ctx);
    }
    return catalog;
  }

  /** The catalogue for a {@code --models} value (null or blank: the embedded one). */
  static ModelCatalog catalog(String spec, CliContext ctx) {
    if (spec == null || spec.isBlank()) {
      return ModelCatalog.embedded();
    }
    return UserModels.open(spec, ctx.env(), n -> ctx.err().println("cloudtrail-schema: " + n));
  }
}
