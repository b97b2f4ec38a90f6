package io.github.cloudtrailschema.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things lie around a test run: the checkout's root (Maven runs each module's tests in the
 * module's folder) and the {@code shared/} folder beside the checkout, which holds the corpus and
 * the tools of the workplace and is absent from users' clones.
 */
public final class Checkout {
  private static final Path ROOT = findRoot();

  private Checkout() {}

  /** The checkout's root: the folder with the launcher script and the parent pom. */
  public static Path root() {
    return ROOT;
  }

  /** {@code relative} under the checkout's root. */
  public static Path file(String relative) {
    return ROOT.resolve(relative);
  }

  /** {@code relative} under {@code shared/} beside the checkout (it may not exist). */
  public static Path shared(String relative) {
    return ROOT.resolveSibling("shared").resolve(relative);
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("cloudtrail-schema")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("not inside a cloudtrail-schema checkout: " + dir);
  }
}
