package io.github.cloudtrailschema.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last answer of {@link InstalledModels}, kept in the cache folder: finding the installed
 * botocores means asking {@code python3} (50 ms for a plain interpreter, 400 ms through a pyenv
 * shim), too slow for every run of a tool whose common command takes a few hundred.
 *
 * <p>The answer is reused while everything it was made of still holds: the same {@code PATH},
 * {@code VIRTUAL_ENV}, {@code HOME} and system sites, and every path the detection looked at with
 * its modification time then (the folders of PATH, Python's site folders, each candidate place,
 * each botocore found: {@link InstalledModels.Probes}). A {@code pip install --upgrade botocore}
 * rewrites its site folder and the botocore folder; a new virtualenv, pipx or AWS CLI installation
 * adds an entry to a folder that was listed; so the next run looks again. What no look can see
 * (pyenv switching the interpreter behind its shim) is caught by a day's limit on any answer: at
 * worst, a day with the models found the day before, which are still installed. {@code
 * cloudtrail-schema models} always looks afresh.
 */
final class DetectionCache {
  private static final String HEADER = "cloudtrail-schema installed models 1";
  static final String FILE = "installed-models";
  static final Duration MAX_AGE = Duration.ofDays(1);

  private DetectionCache() {}

  /** The installed botocores, newest first: from the cache while it holds, else found afresh. */
  static List<InstalledModels.Found> find(Map<String, String> env, Optional<Path> cacheRoot) {
    long now = System.currentTimeMillis();
    if (cacheRoot.isPresent()) {
      Optional<List<InstalledModels.Found>> cached = read(cacheRoot.get().resolve(FILE), env, now);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    return refresh(env, cacheRoot);
  }

  /** Looks afresh and keeps the answer. */
  static List<InstalledModels.Found> refresh(Map<String, String> env, Optional<Path> cacheRoot) {
    InstalledModels.Probes probes = new InstalledModels.Probes();
    long now = System.currentTimeMillis();
    List<InstalledModels.Found> found =
        InstalledModels.find(env, InstalledModels.systemSites(env), probes);
    cacheRoot.ifPresent(root -> write(root.resolve(FILE), env, now, probes, found));
    return found;
  }

  /** What the answer depends on besides the file system. */
  static String key(Map<String, String> env) {
    StringBuilder b = new StringBuilder();
    for (String name : List.of("PATH", "VIRTUAL_ENV", "HOME", InstalledModels.SITES_ENV)) {
      b.append(name).append('=').append(env.getOrDefault(name, "\u0000")).append('\u0000');
    }
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    crc.update(bytes);
    return Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(b.toString().hashCode());
  }

  static Optional<List<InstalledModels.Found>> read(
      Path file, Map<String, String> env, long now) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      if (lines.size() < 3
          || !lines.get(0).equals(HEADER)
          || !lines.get(1).equals("env\t" + key(env))) {
        return Optional.empty();
      }
      long time = Long.parseLong(lines.get(2).substring("time\t".length()));
      if (now - time > MAX_AGE.toMillis() || time > now) {
        return Optional.empty();
      }
      List<InstalledModels.Found> found = new ArrayList<>();
      for (String line : lines.subList(3, lines.size())) {
        String[] f = line.split("\t", -1);
        if (f[0].equals("look") && f.length == 3) {
          if (InstalledModels.Probes.modified(Path.of(f[2])) != Long.parseLong(f[1])) {
            return Optional.empty();
          }
        } else if (f[0].equals("found") && f.length == 5) {
          found.add(
              new InstalledModels.Found(Path.of(f[3]), f[4], f[2], Integer.parseInt(f[1])));
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(List.copyOf(found));
    } catch (RuntimeException e) {
      return Optional.empty(); // damaged: look again
    }
  }

  private static void write(
      Path file,
      Map<String, String> env,
      long now,
      InstalledModels.Probes probes,
      List<InstalledModels.Found> found) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("env\t").append(key(env)).append('\n');
    b.append("time\t").append(now).append('\n');
    for (Map.Entry<Path, Long> look : probes.looks().entrySet()) {
      b.append("look\t").append(look.getValue()).append('\t').append(look.getKey()).append('\n');
    }
    for (InstalledModels.Found f : found) {
      b.append("found\t").append(f.services()).append('\t').append(f.version()).append('\t');
      b.append(f.data()).append('\t').append(f.how()).append('\n');
    }
    String text = b.toString();
    long lines = 3L + probes.looks().size() + found.size();
    if (text.chars().filter(c -> c == '\t').count() != expectedTabs(probes, found)
        || text.chars().filter(c -> c == '\n').count() != lines) {
      return; // a path with a tab or a line break in it: not worth a format that can say it
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE + ".tmp-" + ProcessHandle.current().pid());
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written costs the next run a look, nothing more
    }
  }

  private static long expectedTabs(InstalledModels.Probes probes, List<InstalledModels.Found> f) {
    return 2 + 2L * probes.looks().size() + 4L * f.size();
  }
}
