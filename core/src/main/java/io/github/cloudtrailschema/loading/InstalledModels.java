package io.github.cloudtrailschema.loading;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds botocore model folders already installed: that of the {@code python3} on PATH, the AWS CLI
 * v2's bundled botocore, then virtualenv, pip {@code --user}, pipx, Homebrew and system
 * site-packages. Nothing is downloaded. Every look taken is recorded ({@link Probes}), so that
 * {@link DetectionCache} can tell cheaply whether a cached answer still holds.
 */
public final class InstalledModels {
  private static final Pattern VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");

  /**
   * Replaces the list of system-wide places below, separated by {@code :} (empty: none), for
   * installations in places of their own (a packager's prefix) and for tests.
   */
  public static final String SITES_ENV = "CLOUDTRAIL_SCHEMA_SITES";

  /** Where system-wide Python packages live, unless {@link #SITES_ENV} says otherwise. */
  static final List<String> SYSTEM_SITES =
      List.of(
          "/usr/local/aws-cli/v2/current/dist/awscli",
          "/opt/homebrew/opt/awscli/libexec/lib/python3*/site-packages/awscli",
          "/usr/local/opt/awscli/libexec/lib/python3*/site-packages/awscli",
          "/opt/homebrew/lib/python3*/site-packages",
          "/usr/local/lib/python3*/site-packages",
          "/usr/lib/python3/dist-packages");

  private InstalledModels() {}

  /**
   * A botocore found.
   *
   * @param data its {@code data/} folder
   * @param how how it was found ({@code python3 on PATH (/usr/bin/python3)})
   * @param version botocore's {@code __version__}, or empty
   * @param services how many service folders its {@code data/} holds
   */
  public record Found(Path data, String how, String version, int services) {}

  /** Every botocore found, looked for afresh, the newest first ({@link #newestFirst}). */
  public static List<Found> find(Map<String, String> env) {
    return find(env, systemSites(env), new Probes());
  }

  static List<Found> find(Map<String, String> env, List<String> systemSites) {
    return find(env, systemSites, new Probes());
  }

  static List<String> systemSites(Map<String, String> env) {
    String sites = env.get(SITES_ENV);
    if (sites == null) {
      return SYSTEM_SITES;
    }
    return Arrays.stream(sites.split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
  }

  /** Finds, recording every path looked at into {@code probes}. */
  static List<Found> find(Map<String, String> env, List<String> systemSites, Probes probes) {
    Map<Path, Found> found = new LinkedHashMap<>();
    Optional<Path> python = onPath(env, "python3", probes);
    python
        .flatMap(p -> askPython(p, env, probes))
        .ifPresent(b -> add(found, b, "python3 on PATH (" + python.get() + ")", probes));
    onPath(env, "aws", probes)
        .flatMap(InstalledModels::awsCliBotocore)
        .ifPresent(b -> add(found, b, "the AWS CLI v2 on PATH", probes));
    String venv = env.get("VIRTUAL_ENV");
    if (venv != null) {
      sites(venv + "/lib/python3*/site-packages", probes)
          .forEach(s -> add(found, s.resolve("botocore"), "VIRTUAL_ENV", probes));
    }
    String home = env.get("HOME");
    if (home != null) {
      add(
          found,
          Path.of(home, ".local/aws-cli/v2/current/dist/awscli/botocore"),
          "the AWS CLI v2 in ~/.local",
          probes);
      sites(home + "/.local/lib/python3*/site-packages", probes)
          .forEach(s -> add(found, s.resolve("botocore"), "pip --user", probes));
      for (String pipx : List.of("/.local/pipx/venvs/*", "/.local/share/pipx/venvs/*")) {
        for (Path v : sites(home + pipx, probes)) {
          sites(v + "/lib/python3*/site-packages", probes)
              .forEach(s -> add(found, s.resolve("botocore"), "pipx", probes));
          sites(v + "/lib/python3*/site-packages/awscli", probes)
              .forEach(s -> add(found, s.resolve("botocore"), "pipx", probes));
        }
      }
    }
    for (String site : systemSites) {
      sites(site, probes)
          .forEach(s -> add(found, s.resolve("botocore"), "site-packages " + s, probes));
    }
    return newestFirst(List.copyOf(found.values()));
  }

  /**
   * The newest first. Versions compare only within one line of botocore: pip's is {@code 1.x},
   * while the AWS CLI v2 bundles its own, always {@code 2.0.0devN}, whatever its models' age. So
   * each line's newest is its highest version; between lines, the one with more services (AWS adds
   * services far more often than it retires them) comes first; ties keep the order found.
   */
  static List<Found> newestFirst(List<Found> found) {
    Map<String, List<Found>> lines = new LinkedHashMap<>();
    for (Found f : found) {
      lines.computeIfAbsent(line(f.version()), k -> new ArrayList<>()).add(f);
    }
    List<List<Found>> ordered = new ArrayList<>();
    for (List<Found> line : lines.values()) {
      List<Found> sorted = new ArrayList<>(line);
      sorted.sort(
          (a, b) -> {
            int v = compareVersions(b.version(), a.version());
            return v != 0 ? v : Integer.compare(b.services(), a.services());
          });
      ordered.add(sorted);
    }
    ordered.sort((a, b) -> Integer.compare(b.get(0).services(), a.get(0).services()));
    List<Found> out = new ArrayList<>();
    ordered.forEach(out::addAll);
    return List.copyOf(out);
  }

  /** The major version, which names a line of botocore; empty when unknown. */
  private static String line(String version) {
    Matcher m = Pattern.compile("^(\\d+)").matcher(version);
    return m.find() ? m.group(1) : "";
  }

  /** Numeric parts compared in turn: {@code 1.43.11} after {@code 1.43.9}; unknown lowest. */
  static int compareVersions(String a, String b) {
    long[] x = numbers(a);
    long[] y = numbers(b);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? x[i] : -1;
      long q = i < y.length ? y[i] : -1;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long[] numbers(String version) {
    return Pattern.compile("\\d{1,18}").matcher(version).results()
        .mapToLong(r -> Long.parseLong(r.group()))
        .toArray();
  }

  private static void add(Map<Path, Found> found, Path botocore, String how, Probes probes) {
    Path data = botocore.resolve("data");
    probes.look(data);
    if (!Files.isDirectory(data)) {
      return;
    }
    // An upgrade in place rewrites these: the version file and the folders around the models.
    probes.look(botocore);
    probes.look(botocore.resolve("__init__.py"));
    Path key;
    try {
      key = data.toRealPath();
    } catch (IOException e) {
      return;
    }
    if (!found.containsKey(key)) {
      found.put(key, new Found(data, how, version(botocore), services(data)));
    }
  }

  /** The version of the botocore whose {@code data/} folder this is, or empty. */
  static String versionOfData(Path data) {
    Path botocore = data.toAbsolutePath().getParent();
    return botocore == null ? "" : version(botocore);
  }

  private static String version(Path botocore) {
    try {
      Matcher m = VERSION.matcher(Files.readString(botocore.resolve("__init__.py")));
      return m.find() ? m.group(1) : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** The service folders of a {@code data/} folder (the files beside them are not services). */
  private static int services(Path data) {
    try (Stream<Path> s = Files.list(data)) {
      return (int) s.filter(Files::isDirectory).count();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Paths matching {@code pattern}, where a component may hold one {@code *}. */
  private static List<Path> sites(String pattern, Probes probes) {
    List<Path> out = new ArrayList<>();
    String[] parts = pattern.split("/");
    List<Path> current = List.of(Path.of(pattern.startsWith("/") ? "/" : ""));
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      List<Path> next = new ArrayList<>();
      for (Path c : current) {
        if (!part.contains("*")) {
          next.add(c.resolve(part));
          continue;
        }
        // A new match (python3.13 beside python3.12) changes the listed folder's time.
        probes.look(c);
        String prefix = part.substring(0, part.indexOf('*'));
        String suffix = part.substring(part.indexOf('*') + 1);
        try (Stream<Path> s = Files.list(c)) {
          s.filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(p -> p.getFileName().toString().endsWith(suffix))
              .sorted()
              .forEach(next::add);
        } catch (IOException | RuntimeException e) {
          // not there: nothing matches
        }
      }
      current = next;
    }
    for (Path p : current) {
      probes.look(p);
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Optional<Path> onPath(Map<String, String> env, String command, Probes probes) {
    String path = env.get("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path d = Path.of(dir.isEmpty() ? "." : dir);
      // A command installed into an earlier folder of PATH changes that folder's time. (A
      // relative folder means another one from each working folder: not worth watching.)
      if (d.isAbsolute()) {
        probes.look(d);
      }
      Path p = d.resolve(command);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        probes.look(p);
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Asks the interpreter where botocore is without importing it (an import costs far more), and
   * where it installs packages: a {@code pip install} or upgrade there changes that folder's time.
   */
  private static Optional<Path> askPython(Path python, Map<String, String> env, Probes probes) {
    ProcessBuilder pb =
        new ProcessBuilder(
            python.toString(),
            "-c",
            "import importlib.util as u, os, sys; s = u.find_spec('botocore');"
                + " print(s.submodule_search_locations[0] if s else '');"
                + " [print(p) for p in sys.path if p and os.path.isdir(p)]");
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.empty();
      }
      List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
      for (String site : lines.subList(Math.min(1, lines.size()), lines.size())) {
        probes.look(Path.of(site.trim()));
      }
      String dir = lines.isEmpty() ? "" : lines.get(0).trim();
      return dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** {@code .../aws-cli/v2/<version>/bin/aws} → {@code .../v2/<version>/dist/awscli/botocore}. */
  private static Optional<Path> awsCliBotocore(Path aws) {
    try {
      Path real = aws.toRealPath();
      Path dist = real.getParent().getParent().resolve("dist/awscli/botocore");
      return Files.isDirectory(dist) ? Optional.of(dist) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The paths a detection looked at, each with its modification time then ({@code 0}: absent).
   * Installing, upgrading or removing a botocore changes one of them; nothing else changes the
   * answer, so an answer whose looks all still hold is still the answer.
   */
  static final class Probes {
    private final Map<Path, Long> looks = new LinkedHashMap<>();

    void look(Path p) {
      looks.computeIfAbsent(p, Probes::modified);
    }

    Map<Path, Long> looks() {
      return looks;
    }

    /** 0 when absent; {@code java.io.File}'s stat costs half of NIO's, on every run. */
    static long modified(Path p) {
      return p.toFile().lastModified();
    }
  }
}
