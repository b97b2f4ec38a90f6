package io.github.cloudtrailschema.export;

import io.github.cloudtrailschema.text.TerminalText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * An export's {@code --out} folder, and the one way anything is written into it. Names come from
 * models (input: an operation named {@code ../../tmp/x}), and the folder may hold what someone
 * planted ({@code iam/CreatePolicy.yml -> ../../victim.txt}), so every file is written:
 *
 * <ul>
 *   <li>under a name of a safe alphabet, one segment at a time, below the folder's real path;
 *   <li>through folders that are folders, never symbolic links, created when missing;
 *   <li>into a new temporary file beside it, then moved over the name: a link or anything else
 *       that stands at the name is refused, never followed, and no reader sees a half-written file.
 * </ul>
 *
 * A link met on the way stops the export ({@link UncheckedIOException}, exit code 4): nothing is
 * written through it, and the rest of the folder cannot be trusted either. {@code --out} itself may
 * be a link: the user named it. Thread-safe: the site export writes services in parallel.
 */
public final class OutDir {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

  private final Path root;

  private OutDir(Path root) {
    this.root = root;
  }

  /**
   * The folder {@code out}, created if missing.
   *
   * @throws ExportException when {@code out} is empty or not a folder
   */
  public static OutDir of(Path out) {
    if (out.toString().isEmpty()) {
      throw new ExportException("--out: an empty name; give a folder ('--out .' for this one)");
    }
    try {
      Files.createDirectories(out);
      return new OutDir(out.toRealPath());
    } catch (FileAlreadyExistsException e) {
      throw new ExportException("--out " + TerminalText.echo(out.toString()) + ": not a folder");
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException("cannot create --out " + out + ": " + e.getMessage(), e));
    }
  }

  /** The real path of the folder. */
  public Path root() {
    return root;
  }

  /**
   * {@code root/segment/...}, where each segment is a name of the safe alphabet (a name from a model
   * may not be); otherwise the event is reported and skipped ({@link ExportException}).
   */
  public Path file(String... segments) {
    Path file = root;
    for (String segment : segments) {
      if (!SAFE_NAME.matcher(segment).matches()) {
        throw new ExportException(
            "not a safe file name: '"
                + TerminalText.echo(segment)
                + "' (letters, digits, '.', '_', '-'; not starting with '.')");
      }
      file = file.resolve(segment);
    }
    return file;
  }

  /** {@code relative} ({@code a/b/c.json}) split into segments, as {@link #file} takes them. */
  public Path path(String relative) {
    return file(relative.split("/"));
  }

  /** Writes {@code bytes} as the whole of {@code file}. */
  public void write(Path file, byte[] bytes) {
    Path tmp = prepare(file);
    try {
      Files.write(tmp, bytes);
      commit(tmp, file);
    } catch (IOException e) {
      delete(tmp);
      throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e, e));
    }
  }

  /** Writes {@code text} as the whole of {@code file}. */
  public void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A writer of {@code file}, whose {@link Output#finish} puts it in place. */
  public Output open(Path file) {
    Path tmp = prepare(file);
    try {
      return new Output(tmp, file);
    } catch (IOException e) {
      delete(tmp);
      throw new UncheckedIOException(e);
    }
  }

  /** A file being written; nothing stands at its name until {@link #finish}. */
  public final class Output extends PrintWriter {
    private final Path tmp;
    private final Path file;

    private Output(Path tmp, Path file) throws IOException {
      super(
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)));
      this.tmp = tmp;
      this.file = file;
    }

    /**
     * Closes the file and moves it into place; fails when anything written was lost (a full disk):
     * a {@link PrintWriter} keeps write errors to itself.
     */
    public void finish() {
      close();
      if (checkError()) {
        delete(tmp);
        throw new UncheckedIOException(
            new IOException("cannot write " + file + " (disk full or not writable?)"));
      }
      try {
        commit(tmp, file);
      } catch (IOException e) {
        delete(tmp);
        throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e, e));
      }
    }
  }

  /**
   * Makes the folders down to {@code file}'s, refusing links, and a temporary file beside it.
   * Returns the temporary file.
   */
  private Path prepare(Path file) {
    if (!file.startsWith(root) || file.equals(root)) {
      throw new ExportException("not under --out: " + file);
    }
    Path dir = root;
    try {
      for (Path name : root.relativize(file.getParent() == null ? root : file.getParent())) {
        if (name.toString().isEmpty()) {
          continue;
        }
        dir = dir.resolve(name);
        try {
          Files.createDirectory(dir); // fails on anything that stands there, a link included
        } catch (FileAlreadyExistsException e) {
          refuseUnlessA(dir, true);
        }
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        refuseUnlessA(file, false);
      }
      return Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e, e));
    }
  }

  private static void refuseUnlessA(Path p, boolean folder) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String why =
        a.isSymbolicLink()
            ? "a symbolic link (export writes nothing through a link)"
            : folder && !a.isDirectory()
                ? "not a folder"
                : !folder && !a.isRegularFile() ? "not a regular file" : null;
    if (why != null) {
      throw new UncheckedIOException(new IOException("refusing to write " + p + ": " + why));
    }
  }

  /** Moves the finished file over its name: a rename, which replaces the name, never follows it. */
  private static void commit(Path tmp, Path file) throws IOException {
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void delete(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // a stray temporary file starting with '.' is harmless
    }
  }
}
