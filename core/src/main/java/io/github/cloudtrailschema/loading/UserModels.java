package io.github.cloudtrailschema.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The models a run uses. By default the newest botocore installed on the machine ({@link
 * InstalledModels}) merged over the embedded catalogue, service by service, so that every command
 * knows the services and operations AWS added since the embedded models were frozen; {@code
 * --models DIR} (or {@code CLOUDTRAIL_SCHEMA_MODELS}) names a folder instead, {@code embedded}
 * pins the embedded models alone.
 */
public final class UserModels {
  /** The environment variable that stands for {@code --models}. */
  public static final String ENV = "CLOUDTRAIL_SCHEMA_MODELS";

  /** The {@code --models} value that finds an installed botocore: the default. */
  public static final String AUTO = "auto";

  /** The {@code --models} value that uses the embedded models alone. */
  public static final String EMBEDDED = "embedded";

  private UserModels() {}

  /**
   * The models in use and how to speak of them.
   *
   * @param catalog what every command reads
   * @param description which models these are, in words ({@code the models of botocore 1.43.11 in
   *     /path/data (found via ...) over the embedded ones})
   * @param identity a key that changes when the models in use change: a new botocore version, a
   *     switch to the embedded models
   * @param nothingFound the default (or {@code auto}) looked and found no installed botocore: the
   *     embedded models, frozen in 2025-12, are all there is
   * @param problems model files or operations left out, one line each, with a summary line
   */
  public record InUse(
      ModelCatalog catalog,
      String description,
      String identity,
      boolean nothingFound,
      List<String> problems,
      LaterNotes later) {
    public InUse {
      problems = List.copyOf(problems);
    }

    InUse(
        ModelCatalog catalog,
        String description,
        String identity,
        boolean nothingFound,
        List<String> problems) {
      this(catalog, description, identity, nothingFound, problems, new LaterNotes());
    }

    /**
     * Where the notes the models make after opening go: a cache entry found damaged when a service
     * is first loaded, and read again. Until a sink is given they wait; none is dropped.
     */
    public void sayLaterNotesTo(Consumer<String> sink) {
      later.to(sink);
    }
  }

  /**
   * The notes of the models: those of opening, said once opened ({@link InUse#problems}); after
   * that, the later ones, held until their sink is known. None is dropped.
   */
  public static final class LaterNotes implements Consumer<String> {
    private final List<String> held = new ArrayList<>();
    private boolean opened;
    private Consumer<String> sink;

    @Override
    public synchronized void accept(String note) {
      if (opened && sink != null) {
        sink.accept(note);
      } else {
        held.add(note);
      }
    }

    /** The notes of opening; later ones are held for {@link #to}. */
    synchronized List<String> opened() {
      opened = true;
      List<String> opening = List.copyOf(held);
      held.clear();
      return opening;
    }

    synchronized void to(Consumer<String> s) {
      opened = true;
      sink = s;
      held.forEach(s);
      held.clear();
    }
  }

  /** The embedded models alone: {@code --models embedded}. */
  public static InUse embedded() {
    CatalogInfo e = ModelCatalog.embedded().info();
    return new InUse(
        ModelCatalog.embedded(),
        "the embedded models (" + e.source() + ", " + e.date() + ")",
        EMBEDDED,
        false,
        List.of());
  }

  /**
   * The models {@code spec} names, merged over the embedded catalogue.
   *
   * @param spec {@code --models}: a folder, {@code auto}, {@code embedded}; null or blank: {@code
   *     CLOUDTRAIL_SCHEMA_MODELS}, and if that is unset too, {@code auto}
   * @param env the process environment (PATH and HOME for the search, the cache location)
   * @param progress hears the parsing of a model set read for the first time
   * @throws ModelLoadException when the folder {@code spec} names has nothing usable
   */
  public static InUse open(String spec, Map<String, String> env, LoadProgress progress) {
    String s = spec == null || spec.isBlank() ? env.get(ENV) : spec;
    if (s == null || s.isBlank() || s.equals(AUTO)) {
      return auto(env, progress);
    }
    if (s.equals(EMBEDDED)) {
      return embedded();
    }
    Path dir = Path.of(s);
    LaterNotes notes = new LaterNotes();
    ModelCatalog overlay = folder(dir, env, notes, progress);
    report(overlay.skipped(), notes);
    return new InUse(
        ModelCatalog.merged(ModelCatalog.embedded(), overlay),
        "the models in " + dir + " over the embedded ones",
        "folder\t" + dir.toAbsolutePath().normalize(),
        false,
        notes.opened(),
        notes);
  }

  /**
   * The newest botocore installed, over the embedded models; the embedded ones alone when there is
   * none, or when the one found cannot be used at all (a broken installation is not the user's
   * request, and must not stop every command).
   */
  private static InUse auto(Map<String, String> env, LoadProgress progress) {
    List<InstalledModels.Found> found = DetectionCache.find(env, ModelCache.root(env));
    if (found.isEmpty()) {
      InUse e = embedded();
      return new InUse(e.catalog(), e.description(), EMBEDDED, true, List.of());
    }
    InstalledModels.Found f = found.get(0);
    String what =
        "the models of botocore "
            + (f.version().isEmpty() ? "" : f.version() + " ")
            + "in "
            + f.data()
            + " (found via "
            + f.how()
            + ")";
    LaterNotes notes = new LaterNotes();
    ModelCatalog overlay;
    try {
      overlay = folder(f.data(), env, notes, progress);
    } catch (ModelLoadException e) {
      InUse embedded = embedded();
      return new InUse(
          embedded.catalog(),
          embedded.description() + ": " + what + " cannot be used: " + e.getMessage(),
          "unusable\t" + f.data() + "\t" + f.version(),
          false,
          List.of());
    }
    report(overlay.skipped(), notes);
    return new InUse(
        ModelCatalog.merged(ModelCatalog.embedded(), overlay),
        what + ", over the embedded ones",
        "botocore\t" + f.version() + "\t" + f.data(),
        false,
        notes.opened(),
        notes);
  }

  /** A folder's models, from the cache when it holds them intact, else parsed and cached. */
  static ModelCatalog folder(Path dir, Map<String, String> env, Consumer<String> notes) {
    return folder(dir, env, notes, LoadProgress.NONE);
  }

  static ModelCatalog folder(
      Path dir, Map<String, String> env, Consumer<String> notes, LoadProgress progress) {
    Optional<ModelCache> cache = ModelCache.of(env, notes, progress);
    if (cache.isPresent()) {
      Optional<ModelCatalog> cached = cache.get().read(dir, () -> ModelFolder.scan(dir));
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    ModelFolder folder = ModelFolder.scan(dir);
    DirectoryCatalog fresh = DirectoryCatalog.load(folder, progress);
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
