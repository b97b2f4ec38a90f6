package io.github.cloudtrailschema.loading;

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
              if (a.isRegularFile() && file.getFileName().toString().contains(".json")) {
                attrs.put(file, a);
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
   * What the cache checks before it trusts a stored set, one line each: every model file with its
   * size and modification time, and every folder on the way to one with its modification time (a
   * file added or removed changes its folder's). Checking these is a few hundred stats, far cheaper
   * than listing the folder again.
   */
  List<String> stamp() throws IOException {
    java.util.TreeSet<Path> dirs = new java.util.TreeSet<>();
    List<String> lines = new ArrayList<>();
    for (ModelFile f : files) {
      BasicFileAttributes a = attributes.get(f.path());
      lines.add("file\t" + f.path() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
      for (Path d = f.path().getParent(); d != null && d.startsWith(root); d = d.getParent()) {
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
    List<Object> results =
        files.parallelStream()
            .map(
                f -> {
                  try {
                    return (Object) f.load().value();
                  } catch (ModelLoadException | IllegalArgumentException e) {
                    return new LoadProblem(f.path().toString(), stripSource(e.getMessage(), f));
                  } catch (RuntimeException e) {
                    return new LoadProblem(f.path().toString(), "unusable model: " + e);
                  }
                })
            .toList();
    List<ServiceModel> models = new ArrayList<>();
    List<LoadProblem> skipped = new ArrayList<>(problems);
    for (Object r : results) {
      if (r instanceof ServiceModel m) {
        models.add(m);
      } else {
        skipped.add((LoadProblem) r);
      }
    }
    List<ServiceNaming.Candidate<ServiceModel>> candidates = new ArrayList<>();
    for (ServiceModel m : models) {
      candidates.add(
          new ServiceNaming.Candidate<>(
              m.name(), m.metadata().apiVersion(), m.metadata().serviceId(), m));
    }
    List<ServiceModel> named =
        ServiceNaming.assign(candidates, (n, m) -> ModelRenamer.rename(m, n));
    return new Loaded(named, skipped);
  }

  private static String stripSource(String message, ModelFile f) {
    String prefix = f.path() + ": ";
    return Objects.requireNonNullElse(message, "unusable").startsWith(prefix)
        ? message.substring(prefix.length())
        : Objects.requireNonNullElse(message, "unusable");
  }

  /** The services that loaded, named uniquely, and the files skipped with why. */
  record Loaded(List<ServiceModel> models, List<LoadProblem> skipped) {}
}
