package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A local file, or a folder in the layout CloudTrail writes (or any folder of log files). A file
 * named on the command line is always read; files in a folder are pruned like S3 keys.
 */
public final class LocalLogSource implements LogSource {
  private final Path root;

  public LocalLogSource(Path root) {
    this.root = root;
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
    return new LogFile(path.toString(), size, () -> Files.newInputStream(path), false);
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
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Path f : files) {
        String key = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        sink.accept(key, Files.size(f));
      }
    }

    @Override
    public LogFile file(String key, long size) {
      return fileAt(root.resolve(key), size);
    }
  }
}
