package io.github.cloudtrailschema.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a lint run reads: named files as they are, folders searched for {@code .yml}, {@code
 * .yaml} and {@code .json} files (sorted, so output is deterministic), {@code -} for stdin. Reads
 * are bounded: a file larger than {@link DocumentReader#MAX_BYTES} is refused, not loaded.
 */
public final class LintFiles {
  /**
   * A file to lint: its name as reported, whether it is JSON, and whether it was named on the
   * command line (rather than found in a folder, where other files are expected).
   */
  public record Input(String name, Path path, boolean json, boolean named) {
    public boolean stdin() {
      return path == null;
    }
  }

  private LintFiles() {}

  /**
   * Expands the command line's arguments.
   *
   * @throws NoSuchFileException for an argument that names nothing
   */
  public static List<Input> expand(List<String> args) throws IOException {
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-")) {
        out.add(new Input("-", null, false, true));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(LintFiles::lintable)
              .sorted()
              .forEach(f -> out.add(new Input(f.toString(), f, isJson(f), false)));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(new Input(a, p, isJson(p), true));
      } else if (Files.exists(p)) {
        // opening a FIFO would block for ever, a device never end
        throw new IOException(a + ": not a regular file (a FIFO, a device?)");
      } else {
        throw new NoSuchFileException(a);
      }
    }
    return out;
  }

  /** Reads at most one byte more than the limit, so the reader can tell the file is too large. */
  public static byte[] read(Input in, InputStream stdin) throws IOException {
    if (in.stdin()) {
      return stdin.readNBytes(DocumentReader.MAX_BYTES + 1);
    }
    try (InputStream s = Files.newInputStream(in.path())) {
      return s.readNBytes(DocumentReader.MAX_BYTES + 1);
    }
  }

  private static boolean lintable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".json");
  }

  private static boolean isJson(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
