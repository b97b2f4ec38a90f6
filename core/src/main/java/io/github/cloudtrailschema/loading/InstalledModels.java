package io.github.cloudtrailschema.loading;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds botocore model folders already installed ({@code --models auto}): that of the {@code
 * python3} on PATH, the AWS CLI v2's bundled botocore, then virtualenv, pip {@code --user}, pipx,
 * Homebrew and system site-packages. Nothing is downloaded.
 */
public final class InstalledModels {
  private static final Pattern VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");

  /** Where system-wide Python packages live; tests pass their own. */
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
   */
  public record Found(Path data, String how, String version) {}

  /** Every botocore found, the preferred first. */
  public static List<Found> find(Map<String, String> env) {
    return find(env, SYSTEM_SITES);
  }

  static List<Found> find(Map<String, String> env, List<String> systemSites) {
    Map<Path, Found> found = new LinkedHashMap<>();
    Optional<Path> python = onPath(env, "python3");
    python
        .flatMap(p -> askPython(p, env))
        .ifPresent(b -> add(found, b, "python3 on PATH (" + python.get() + ")"));
    onPath(env, "aws")
        .flatMap(InstalledModels::awsCliBotocore)
        .ifPresent(b -> add(found, b, "the AWS CLI v2 on PATH"));
    String venv = env.get("VIRTUAL_ENV");
    if (venv != null) {
      sites(venv + "/lib/python3*/site-packages")
          .forEach(s -> add(found, s.resolve("botocore"), "VIRTUAL_ENV"));
    }
    String home = env.get("HOME");
    if (home != null) {
      add(
          found,
          Path.of(home, ".local/aws-cli/v2/current/dist/awscli/botocore"),
          "the AWS CLI v2 in ~/.local");
      sites(home + "/.local/lib/python3*/site-packages")
          .forEach(s -> add(found, s.resolve("botocore"), "pip --user"));
      for (String pipx : List.of("/.local/pipx/venvs/*", "/.local/share/pipx/venvs/*")) {
        for (Path v : sites(home + pipx)) {
          sites(v + "/lib/python3*/site-packages")
              .forEach(s -> add(found, s.resolve("botocore"), "pipx"));
          sites(v + "/lib/python3*/site-packages/awscli")
              .forEach(s -> add(found, s.resolve("botocore"), "pipx"));
        }
      }
    }
    for (String site : systemSites) {
      sites(site).forEach(s -> add(found, s.resolve("botocore"), "site-packages " + s));
    }
    return List.copyOf(found.values());
  }

  private static void add(Map<Path, Found> found, Path botocore, String how) {
    Path data = botocore.resolve("data");
    if (!Files.isDirectory(data)) {
      return;
    }
    Path key;
    try {
      key = data.toRealPath();
    } catch (IOException e) {
      return;
    }
    found.putIfAbsent(key, new Found(data, how, version(botocore)));
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

  /** Paths matching {@code pattern}, where only the last component may hold one {@code *}. */
  private static List<Path> sites(String pattern) {
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
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Optional<Path> onPath(Map<String, String> env, String command) {
    String path = env.get("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, command);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Asks the interpreter where botocore is without importing it (an import costs far more). */
  private static Optional<Path> askPython(Path python, Map<String, String> env) {
    ProcessBuilder pb =
        new ProcessBuilder(
            python.toString(),
            "-c",
            "import importlib.util as u; s = u.find_spec('botocore');"
                + " print(s.submodule_search_locations[0] if s else '')");
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
      String dir = new String(out, StandardCharsets.UTF_8).trim();
      return dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
    } catch (IOException e) {
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
}
