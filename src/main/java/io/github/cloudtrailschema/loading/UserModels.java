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

  private UserModels() {}

  /**
   * The models {@code spec} names, merged over the embedded catalogue.
   *
   * @param spec a folder
   * @param env the process environment (cache location)
   * @param notes receives one line per skipped file and a summary
   * @throws ModelLoadException when nothing in the folder can be used
   */
  public static ModelCatalog open(String spec, Map<String, String> env, Consumer<String> notes) {
    ModelCatalog overlay = folder(Path.of(spec), env, notes);
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
    if (!skipped.isEmpty()) {
      notes.accept(skipped.size() + " model file(s) skipped; the other services are usable");
    }
  }
}
