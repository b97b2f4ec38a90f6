package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * A local file, or a folder in the layout CloudTrail writes (or any folder of log files). A file
 * named on the command line is always read; files in a folder are pruned like S3 keys.
 */
public final class LocalLogSource implements LogSource {
  private final Path root;
  private final Consumer<String> warnings;

  public LocalLogSource(Path root) {
    this(root, w -> {});
  }

  /**
   * @param warnings told once per symbolic-link loop met (a loop is not followed round again)
   */
  public LocalLogSource(Path root, Consumer<String> warnings) {
    this.root = root;
    this.warnings = warnings;
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public void list(KeyFilter filter, Consumer<LogFile> sink) throws IOException {
    if (Files.isDirectory(root)) {
      new PrunedWalk(new Lister(), filter, sink).walk("");
    } else if (Files.exists(root) || Files.isSymbolicLink(root)) {
      sink.accept(fileAt(root, -1));
    } else {
      throw ScanException.usage("no such file or directory: " + root);
    }
  }

  private static LogFile fileAt(Path path, long size) {
    return new LogFile(path.toString(), size, () -> open(path), false);
  }

  /**
   * A FIFO or {@code <(zcat f.gz)} is not seekable: the NIO channel stream answers {@code
   * available()} (which the gzip reader asks at each member's end) with "Illegal seek", where a
   * plain file stream asks the pipe how much it holds.
   */
  private static java.io.InputStream open(Path path) throws IOException {
    return Files.isRegularFile(path) || !Files.exists(path)
        ? Files.newInputStream(path) // and its NoSuchFileException for a vanished file
        : new java.io.FileInputStream(path.toFile());
  }

  /** Folders as prefixes: a key is the path relative to the root, with {@code /}. */
  private final class Lister implements PrefixLister {
    @Override
    public List<String> children(String prefix) throws IOException {
      Path dir = root.resolve(prefix);
      List<String> names = new ArrayList<>();
      if (!Files.isDirectory(dir)) {
        return names;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
        entries.forEach(p -> names.add(p.getFileName().toString()));
      }
      names.sort(null);
      return names;
    }

    @Override
    public void objects(String prefix, ObjectSink sink) throws IOException {
      Path dir = root.resolve(prefix);
      if (!Files.isDirectory(dir)) {
        return;
      }
      List<Path> files = regularFiles(dir);
      for (Path f : files) {
        String key = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        sink.accept(key, Files.size(f));
      }
    }

    /**
     * The regular files below {@code dir}, following symbolic links as {@code find -L} does (log
     * folders are often linked in from elsewhere); a link back to a folder on the path is reported
     * once and not entered.
     */
    private List<Path> regularFiles(Path dir) throws IOException {
      List<Path> files = new ArrayList<>();
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof FileSystemLoopException) {
                warnings.accept(file + ": symbolic link loop, not followed");
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
      files.sort(null);
      return files;
    }

    @Override
    public LogFile file(String key, long size) {
      return fileAt(root.resolve(key), size);
    }
  }
}
