package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.UserModels;
import io.github.cloudtrailschema.overlay.OverlaidCatalog;
import io.github.cloudtrailschema.overlay.Overlay;
import io.github.cloudtrailschema.overlay.OverlayFile;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options of every command, before or after its name ({@code cloudtrail-schema --models auto
 * export ...} and {@code cloudtrail-schema export ... --models auto}): picocli's inherited options,
 * declared once on the root and copied into each subcommand, their values landing here whichever
 * command they were typed after.
 */
public final class GlobalOptions {
  @Option(
      names = "--models",
      paramLabel = "SOURCE",
      scope = ScopeType.INHERIT,
      description =
          "Which models: 'auto' (the default) merges the newest botocore installed (the AWS CLI"
              + " v2, the python3 on PATH, virtualenv, pipx, Homebrew) over the embedded ones,"
              + " service by service; a folder merges its models (botocore's data folder,"
              + " *-model.json, Smithy JSON AST); 'embedded' uses the embedded ones alone."
              + " Default: $CLOUDTRAIL_SCHEMA_MODELS, else auto.")
  String models;

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "What 'learn' learned from your logs, shown beside the models' names: FILE, or 'none'."
              + " Default: overlay.json in the cache folder, if learn wrote one.")
  String overlay;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      scope = ScopeType.INHERIT,
      description =
          "Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours NO_COLOR).")
  ColorMode color = ColorMode.auto;

  @Option(
      names = "--docs",
      scope = ScopeType.INHERIT,
      description = "Show each member's documentation as // comments (an event's tree).")
  boolean docs;

  private UserModels.InUse inUse;
  private Optional<Overlay> learned;
  private ModelCatalog catalog;

  /**
   * Refuses a {@code --models} folder that is not there before any command runs: a command that
   * reads no models would otherwise ignore it, and a script would never learn of the typo.
   */
  void check() {
    if (models == null
        || models.isBlank()
        || models.equals(UserModels.AUTO)
        || models.equals(UserModels.EMBEDDED)) {
      return;
    }
    boolean folder;
    try {
      folder = java.nio.file.Files.isDirectory(java.nio.file.Path.of(models));
    } catch (java.nio.file.InvalidPathException e) {
      folder = false;
    }
    if (!folder) {
      throw new io.github.cloudtrailschema.loading.ModelLoadException(models + ": not a folder");
    }
  }

  /**
   * The options of a run picocli does not parse ({@link Main}'s lean paths): the defaults, or the
   * given {@code --models}.
   */
  static GlobalOptions lean(String models) {
    GlobalOptions g = new GlobalOptions();
    g.models = models;
    return g;
  }

  /** The options of the run {@code spec}'s command belongs to: the root command holds them. */
  static GlobalOptions of(CommandSpec spec) {
    return ((RootCommand) spec.root().userObject()).global;
  }

  /** The models in use, opened once per run, with their notes said. */
  UserModels.InUse models(CliContext ctx) {
    if (inUse == null) {
      inUse = ModelOptions.open(models, ctx);
    }
    return inUse;
  }

  /** The models in use with what was learned from the user's logs merged in. */
  ModelCatalog catalog(CliContext ctx) {
    if (catalog == null) {
      catalog = OverlaidCatalog.of(models(ctx).catalog(), overlay(ctx));
    }
    return catalog;
  }

  /** The overlay file {@code --overlay} names (or the default one); null for {@code none}. */
  Path overlayFile(CliContext ctx) {
    if (NONE.equals(overlay)) {
      return null;
    }
    if (overlay != null && !overlay.isBlank()) {
      try {
        return Path.of(overlay);
      } catch (java.nio.file.InvalidPathException e) {
        throw new UserError("--overlay: not a path: " + overlay);
      }
    }
    return OverlayFile.defaultFile(ctx.env()).orElse(null);
  }

  /**
   * The overlay in use: the one {@code --overlay} names, which must exist, or the default one if
   * {@code learn} wrote it. A corrupt or foreign file stops the run (one line, exit 3): an overlay
   * is never half trusted, and never silently dropped either.
   */
  Optional<Overlay> overlay(CliContext ctx) {
    if (learned == null) {
      Path file = overlayFile(ctx);
      if (file == null) {
        learned = Optional.empty();
      } else if (overlay != null && !java.nio.file.Files.exists(file)) {
        throw new UserError("--overlay " + file + ": no such file", ExitCodes.IO);
      } else {
        learned = OverlayFile.readIfPresent(file);
      }
    }
    return learned;
  }

  /** The {@code --overlay} value that leaves any overlay out. */
  static final String NONE = "none";
}
