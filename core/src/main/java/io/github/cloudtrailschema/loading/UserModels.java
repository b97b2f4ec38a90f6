package io.github.cloudtrailschema.loading;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalogue a user asked for with {@code --models DIR} (or {@code CLOUDTRAIL_SCHEMA_MODELS}):
 * the folder's models merged over the embedded ones. Files that cannot be used are reported through
 * {@code notes}, one line each, and left out; only a folder with nothing usable fails.
 */
public final class UserModels {
  /** The environment variable that stands for {@code --models}. */
  public static final String ENV = "CLOUDTRAIL_SCHEMA_MODELS";

  /** The {@code --models} value that finds an installed botocore. */
  public static final String AUTO = "auto";

  private UserModels() {}

  /**
   * The models {@code spec} names, merged over the embedded catalogue.
   *
   * @param spec a folder, or {@code auto} for an installed botocore ({@link InstalledModels})
   * @param env the process environment (cache location)
   * @param notes receives one line per skipped file and a summary
   * @throws ModelLoadException when nothing in the folder can be used
   */
  public static ModelCatalog open(String spec, Map<String, String> env, Consumer<String> notes) {
    Path dir;
    if (spec.equals(AUTO)) {
      List<InstalledModels.Found> found = InstalledModels.find(env);
      if (found.isEmpty()) {
        notes.accept(
            "--models auto: no installed botocore found (python3 on PATH, the AWS CLI v2,"
                + " virtualenv, pip --user, pipx, Homebrew, site-packages); using the embedded"
                + " models");
        return ModelCatalog.embedded();
      }
      InstalledModels.Found f = found.get(0);
      notes.accept(
          "using the models of botocore "
              + (f.version().isEmpty() ? "" : f.version() + " ")
              + "in "
              + f.data()
              + " (found via "
              + f.how()
              + ")");
      dir = f.data();
    } else {
      dir = Path.of(spec);
    }
    ModelCatalog overlay = folder(dir, env, notes);
    report(overlay.skipped(), notes);
    return ModelCatalog.merged(ModelCatalog.embedded(), overlay);
  }

  /** A folder's models, from the cache when it holds them intact, else parsed and cached. */
  static ModelCatalog folder(Path dir, Map<String, String> env, Consumer<String> notes) {
    Optional<ModelCache> cache = ModelCache.of(env, notes);
    if (cache.isPresent()) {
      Optional<ModelCatalog> cached = cache.get().read(dir, () -> ModelFolder.scan(dir));
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    ModelFolder folder = ModelFolder.scan(dir);
    DirectoryCatalog fresh = DirectoryCatalog.load(folder);
    if (cache.isPresent()) {
      cache.get().write(dir, folder, fresh);
    }
    return fresh;
  }

  static void report(List<LoadProblem> skipped, Consumer<String> notes) {
    for (LoadProblem p : skipped) {
      notes.accept("skipped " + p);
    }
    long operations = skipped.stream().filter(LoadProblem::isOperation).count();
    long files = skipped.size() - operations;
    if (operations == 0 && files > 0) {
      notes.accept(files + " model file(s) skipped; the other services are usable");
    } else if (operations > 0) {
      notes.accept(
          (files > 0 ? files + " model file(s) and " : "")
              + operations
              + " operation(s) skipped; the other operations are usable");
    }
  }
}
