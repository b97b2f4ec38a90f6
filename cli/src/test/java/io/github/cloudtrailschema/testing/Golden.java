package io.github.cloudtrailschema.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/golden/}. A mismatch fails with a unified diff;
 * {@code -Dgolden.update=true} rewrites the files instead, for review in the commit.
 */
public final class Golden {
  public static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  public static void assertMatches(String relative, String actual) {
    Path file = ROOT.resolve(relative);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("missing golden file %s (run with -Dgolden.update=true to create it)", file);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        fail(
            "output differs from %s (-Dgolden.update=true rewrites it):%n%s",
            file, diff(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal unified diff (LCS over lines), enough to see what changed. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add("@" + (j + 1) + " +" + b.get(j++));
      } else {
        out.add("@" + (i + 1) + " -" + a.get(i++));
      }
      if (out.size() > 60) {
        out.add("...");
        break;
      }
    }
    return String.join("\n", out);
  }

  public static List<Path> list(String dir, String suffix) {
    try (var s = Files.list(ROOT.resolve(dir))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
