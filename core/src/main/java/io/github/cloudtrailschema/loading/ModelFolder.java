package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceModel;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A folder of model files in any of the {@link ModelFormat}s: the files each format selected, with
 * their sizes and modification times (the cache's key), and the problems met while listing it. A
 * sub-folder that cannot be read is a problem, not a failure: the rest stays usable.
 */
final class ModelFolder {
  /** Deep enough for every layout: Smithy's {@code <service>/service/<version>/<file>} is 4. */
  private static final int MAX_DEPTH = 6;

  private final Path root;
  private final List<ModelFile> files;
  private final Map<Path, BasicFileAttributes> attributes;
  private final List<LoadProblem> problems;

  private ModelFolder(
      Path root,
      List<ModelFile> files,
      Map<Path, BasicFileAttributes> attributes,
      List<LoadProblem> problems) {
    this.root = root;
    this.files = List.copyOf(files);
    this.attributes = attributes;
    this.problems = List.copyOf(problems);
  }

  /**
   * Lists {@code dir} and selects each format's files.
   *
   * @throws ModelLoadException when {@code dir} is not a readable folder
   */
  static ModelFolder scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ModelLoadException(dir + ": not a folder");
    }
    // botocore's package folder holds its models in data/: accept either.
    Path root = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
    Map<Path, BasicFileAttributes> attrs = new HashMap<>();
    List<LoadProblem> problems = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
              if (!file.getFileName().toString().contains(".json")) {
                return FileVisitResult.CONTINUE;
              }
              if (a.isRegularFile()) {
                attrs.put(file, a);
              } else if (a.isOther()) {
                // A FIFO would block the read for ever, a device (a link to /dev/zero) never end.
                problems.add(
                    new LoadProblem(
                        file.toString(), "not a regular file (a device, a FIFO?): not read"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (file.equals(root)) {
                throw new ModelLoadException(root + ": cannot read the folder: " + reason(e));
              }
              problems.add(new LoadProblem(file.toString(), "cannot read: " + reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new ModelLoadException(root + ": cannot read the folder: " + reason(e), e);
    }
    List<Path> sorted = attrs.keySet().stream().sorted().toList();
    List<ModelFile> files = new ArrayList<>();
    for (ModelFormat format : ModelFormat.all()) {
      files.addAll(format.select(sorted));
    }
    return new ModelFolder(root, files, attrs, problems);
  }

  private static String reason(IOException e) {
    return e instanceof AccessDeniedException
        ? "permission denied"
        : String.valueOf(e.getMessage());
  }

  Path root() {
    return root;
  }

  List<ModelFile> files() {
    return files;
  }

  /** Problems met while listing (unreadable sub-folders). */
  List<LoadProblem> problems() {
    return problems;
  }

  /**
   * What the cache checks before it trusts a stored set, one line each. Every folder above the
   * models' own folders, with its modification time (a service or API version added or removed
   * changes one), is checked when the cache is opened: a few hundred stats, far cheaper than
   * listing the folder again. Each model file, with its size and modification time and those of its
   * own folder, is checked when its service is used.
   *
   * @param sources each service's model file, by the name the set gives the service
   */
  List<String> stamp(Map<String, Path> sources) throws IOException {
    java.util.TreeSet<Path> dirs = new java.util.TreeSet<>();
    dirs.add(root);
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Path> e : sources.entrySet()) {
      Path file = e.getValue();
      BasicFileAttributes a = attributes.get(file);
      lines.add(
          "file\t"
              + e.getKey()
              + "\t"
              + file
              + "\t"
              + a.size()
              + "\t"
              + a.lastModifiedTime().toMillis()
              + "\t"
              + Files.getLastModifiedTime(file.getParent()).toMillis());
      for (Path d = file.getParent().getParent();
          d != null && d.startsWith(root);
          d = d.getParent()) {
        dirs.add(d);
      }
    }
    for (Path d : dirs) {
      lines.add("dir\t" + d + "\t" + Files.getLastModifiedTime(d).toMillis());
    }
    return lines;
  }

  /** Parses every selected file, two at a time on two cores; bad files are skipped and reported. */
  Loaded load() {
    return load(LoadProgress.NONE);
  }

  /** As {@link #load()}, telling {@code progress} of each file parsed. */
  Loaded load(LoadProgress progress) {
    var done = new java.util.concurrent.atomic.AtomicInteger();
    progress.parsed(0, files.size());
    List<Object> results =
        files.parallelStream()
            .map(
                f -> {
                  try {
                    return parse(f);
                  } finally {
                    progress.parsed(done.incrementAndGet(), files.size());
                  }
                })
            .toList();
    return collect(results);
  }

  /** One file's model, or the problem that keeps it out. */
  private static Object parse(ModelFile f) {
    try {
      LoadResult<ServiceModel> r = f.load();
      List<LoadProblem> ops = r.problems().stream().filter(LoadProblem::isOperation).toList();
      return new Sourced(r.value(), f.path(), ops);
    } catch (ModelLoadException | IllegalArgumentException e) {
      return new LoadProblem(f.path().toString(), stripSource(e.getMessage(), f));
    } catch (RuntimeException e) {
      return new LoadProblem(f.path().toString(), "unusable model: " + e);
    }
  }

  private Loaded collect(List<Object> results) {
    List<Sourced> models = new ArrayList<>();
    List<LoadProblem> skipped = new ArrayList<>(problems);
    for (Object r : results) {
      if (r instanceof Sourced m) {
        models.add(m);
        skipped.addAll(m.skippedOperations());
      } else {
        skipped.add((LoadProblem) r);
      }
    }
    List<ServiceNaming.Candidate<Sourced>> candidates = new ArrayList<>();
    for (Sourced s : models) {
      ServiceModel m = s.model();
      candidates.add(
          new ServiceNaming.Candidate<>(
              m.name(), m.metadata().apiVersion(), m.metadata().serviceId(), s));
    }
    List<Sourced> named =
        ServiceNaming.assign(
            candidates,
            (n, s) ->
                jarLayout(s) && ServiceNames.leftOut(n)
                    ? null // the models jar's duplicate of another model (CloudWatch Events)
                    : new Sourced(
                        ModelRenamer.rename(s.model(), jarLayout(s) ? ServiceNames.of(n) : n),
                        s.path(),
                        List.of()));
    List<ServiceModel> out = new ArrayList<>();
    Map<String, Path> sources = new java.util.TreeMap<>();
    for (Sourced s : named) {
      if (s == null) {
        continue;
      }
      out.add(s.model());
      sources.put(s.model().name(), s.path());
    }
    return new Loaded(out, sources, skipped);
  }

  /**
   * Whether the model is a file of the models jar's layout, named as the embedded catalogue's
   * sources were ({@code api.ecr}): its models take botocore's names, as the embedded ones do.
   */
  private static boolean jarLayout(Sourced s) {
    return s.model().metadata().origin() == ModelOrigin.USER_FILE;
  }

  private static String stripSource(String message, ModelFile f) {
    String prefix = f.path() + ": ";
    return Objects.requireNonNullElse(message, "unusable").startsWith(prefix)
        ? message.substring(prefix.length())
        : Objects.requireNonNullElse(message, "unusable");
  }

  private record Sourced(ServiceModel model, Path path, List<LoadProblem> skippedOperations) {}

  /** The services that loaded, named uniquely, their files, and the files skipped with why. */
  record Loaded(List<ServiceModel> models, Map<String, Path> sources, List<LoadProblem> skipped) {}
}
