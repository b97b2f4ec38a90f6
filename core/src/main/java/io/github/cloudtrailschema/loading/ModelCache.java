package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Parsed external model sets, kept under {@code $XDG_CACHE_HOME/cloudtrail-schema/} (else {@code
 * ~/.cache/cloudtrail-schema/}) in the embedded catalogue's compact format, so that a second run
 * with {@code --models} starts about as fast as one on the embedded models. One folder per model
 * folder (named by a hash of its path); its {@code stamp} records the cache format, the model
 * files' paths, sizes and modification times, each entry's checksum and the files skipped. A stamp
 * that does not match — other models, another version of this tool, damage — means the set is read
 * from its source again and the cache rewritten: a cache is never trusted blindly.
 */
public final class ModelCache {
  /** Bump when the stamp or the layout changes; the codec version is part of the header too. */
  private static final int FORMAT = 2; // 2: operations with broken shapes skipped

  /** A stamp has a few lines per model file: a few hundred KB for every AWS service. */
  private static final long MAX_STAMP = 16L << 20;

  private final Path root;
  private final Consumer<String> notes;
  private final LoadProgress progress;

  private ModelCache(Path root, Consumer<String> notes, LoadProgress progress) {
    this.root = root;
    this.notes = notes;
    this.progress = progress;
  }

  /** The cache of this environment; empty when neither XDG_CACHE_HOME nor HOME is set. */
  static Optional<ModelCache> of(Map<String, String> env, Consumer<String> notes) {
    return of(env, notes, LoadProgress.NONE);
  }

  /** As {@link #of(Map, Consumer)}; a set read again from its source tells {@code progress}. */
  static Optional<ModelCache> of(
      Map<String, String> env, Consumer<String> notes, LoadProgress progress) {
    return root(env).map(r -> new ModelCache(r, notes, progress));
  }

  /**
   * The cache folder of this environment, {@code $XDG_CACHE_HOME/cloudtrail-schema/} else {@code
   * ~/.cache/cloudtrail-schema/}; empty when neither variable is set.
   */
  public static Optional<Path> root(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.get("HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "cloudtrail-schema"));
    }
    if (home != null && !home.isBlank()) {
      return Optional.of(Path.of(home, ".cache", "cloudtrail-schema"));
    }
    return Optional.empty();
  }

  static String header() {
    String tool = ModelCache.class.getPackage().getImplementationVersion();
    return "cloudtrail-schema model cache "
        + FORMAT
        + " codec "
        + ModelCodec.VERSION
        + " tool "
        + (tool == null ? "dev" : tool);
  }

  /** Where the set of the model folder {@code models} is kept. */
  Path dirFor(Path models) {
    String key = models.toAbsolutePath().normalize().toString();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return root.resolve(
        "models-" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(key.hashCode()));
  }

  /**
   * The cached set of the model folder {@code models}, if the cache holds an intact one whose files
   * and folders are unchanged; {@code rescan} reads the folder again if an entry turns out damaged.
   */
  Optional<ModelCatalog> read(Path models, java.util.function.Supplier<ModelFolder> rescan) {
    Path dir = dirFor(models);
    Path stamp = dir.resolve("stamp");
    if (!Files.exists(stamp, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      List<String> lines =
          new String(BoundedRead.file(stamp, MAX_STAMP, false), StandardCharsets.UTF_8)
              .lines()
              .toList();
      if (lines.isEmpty() || !lines.get(0).equals(header())) {
        notes.accept("model cache " + dir + " was written by another version; rebuilding it");
        return Optional.empty();
      }
      Map<String, long[]> sums = new HashMap<>();
      Map<String, String> files = new HashMap<>();
      List<LoadProblem> skipped = new ArrayList<>();
      // Every run with these models passes here: the folder checks are a few hundred stats, and a
      // file's line is taken apart only when its service is used.
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith("dir\t")) {
          if (!folderUnchanged(line)) {
            return Optional.empty(); // the models changed: read them again, quietly
          }
        } else if (line.startsWith("file\t")) {
          files.put(line.substring(5, line.indexOf('\t', 5)), line);
        } else {
          String[] f = line.split("\t", 6);
          if (f[0].equals("entry") && f.length == 4) {
            sums.put(f[1], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
          } else if (f[0].equals("skipped") && f.length >= 3) {
            skipped.add(new LoadProblem(f[1], f[2]));
          } else {
            throw new ModelLoadException("unknown stamp line");
          }
        }
      }
      return Optional.of(
          StoredCatalog.open(
              dir,
              () -> DirectoryCatalog.identity(List.copyOf(files.values())),
              sums,
              skipped,
              name -> files.containsKey(name) && unchanged(files.get(name).split("\t", 6)),
              why -> rebuild(models, rescan.get(), why)));
    } catch (IOException | RuntimeException e) {
      // A stamp that is no regular file, too large, or unreadable: never trusted, never followed.
      notes.accept("model cache " + dir + " is damaged; rebuilding it");
      return Optional.empty();
    }
  }

  /**
   * Whether a {@code dir PATH MTIME} line still holds. {@code java.io.File} on purpose: for a few
   * hundred folders per run its stat costs half of {@code Files.getLastModifiedTime}'s; an absent
   * folder answers 0, which no stamp records.
   */
  private static boolean folderUnchanged(String line) {
    int tab = line.lastIndexOf('\t');
    return tab > 4
        && new java.io.File(line.substring(4, tab)).lastModified()
            == Long.parseLong(line.substring(tab + 1));
  }

  /**
   * Whether a stamp line still holds: {@code dir PATH MTIME}, or {@code file NAME PATH SIZE MTIME
   * FOLDER-MTIME}.
   */
  private static boolean unchanged(String[] f) {
    try {
      if (f[0].equals("dir")) {
        return f.length == 3
            && Files.getLastModifiedTime(Path.of(f[1])).toMillis() == Long.parseLong(f[2]);
      }
      Path file = Path.of(f[2]);
      var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return a.size() == Long.parseLong(f[3])
          && a.lastModifiedTime().toMillis() == Long.parseLong(f[4])
          && Files.getLastModifiedTime(file.getParent()).toMillis() == Long.parseLong(f[5]);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private ModelCatalog rebuild(Path models, ModelFolder folder, String why) {
    if (why != null) {
      notes.accept("model cache " + dirFor(models) + ": " + why + "; re-reading the models");
    }
    DirectoryCatalog fresh = DirectoryCatalog.load(folder, progress);
    write(models, folder, fresh);
    return fresh;
  }

  /** Stores a freshly parsed set; a cache that cannot be written is only a note. */
  void write(Path models, ModelFolder folder, DirectoryCatalog set) {
    Path dir = dirFor(models);
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      delete(tmp);
      List<ServiceModel> parsed = new ArrayList<>();
      for (ServiceSummary s : set.services()) {
        parsed.add(set.load(s.name(), true));
      }
      // Hook: a catalogue extra the embedded build writes (a search index) belongs here too.
      CatalogWriter.write(tmp, set.info().source(), set.info().date(), parsed);
      StringBuilder stamp = new StringBuilder(header()).append('\n');
      for (String line : folder.stamp(set.sources())) {
        stamp.append(line).append('\n');
      }
      for (ServiceModel m : parsed) {
        stamp.append("entry\t").append(m.name());
        stamp
            .append('\t')
            .append(StoredCatalog.crc(Files.readAllBytes(tmp.resolve(m.name() + ".bin"))));
        stamp
            .append('\t')
            .append(StoredCatalog.crc(Files.readAllBytes(tmp.resolve(m.name() + ".docs.bin"))));
        stamp.append('\n');
      }
      for (LoadProblem p : set.skipped()) {
        stamp.append("skipped\t").append(p.source()).append('\t');
        stamp.append(p.message().replace('\n', ' ').replace('\t', ' ')).append('\n');
      }
      // The stamp goes last: a half-written cache has none and is never read.
      Files.writeString(tmp.resolve("stamp"), stamp, StandardCharsets.UTF_8);
      delete(dir);
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      notes.accept("cannot write the model cache " + dir + ": " + e.getMessage());
      try {
        delete(tmp);
      } catch (IOException ignored) {
        // best effort: a stray temporary folder is harmless
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
