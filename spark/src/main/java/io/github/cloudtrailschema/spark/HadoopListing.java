package io.github.cloudtrailschema.spark;

import io.github.cloudtrailschema.scan.KeyFilter;
import io.github.cloudtrailschema.scan.KeyListing;
import io.github.cloudtrailschema.scan.ScanException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the inputs on the driver through Hadoop's FileSystem (local paths, {@code s3://} with EMRFS
 * or S3A, HDFS), selecting by the scan library's own pruned walk: a named file is always read, a
 * folder or prefix gives exactly the files {@code scan} would read there.
 */
final class HadoopListing {
  private final Configuration conf;

  HadoopListing(Configuration conf) {
    this.conf = conf;
  }

  /**
   * Every file to read below the inputs, in input then key order.
   *
   * @throws ScanException a usage error for an input that does not exist, an I/O error otherwise
   */
  List<LogRef> list(List<String> inputs, KeyFilter filter) {
    List<LogRef> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        list(input, filter, files);
      } catch (FileNotFoundException e) {
        throw ScanException.usage("no such file or directory: " + input);
      } catch (IOException | RuntimeException e) {
        throw ScanException.io(input + ": listing failed: " + oneLine(e), e);
      }
    }
    return files;
  }

  private void list(String input, KeyFilter filter, List<LogRef> into) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    FileStatus status = fs.getFileStatus(root);
    if (!status.isDirectory()) {
      into.add(new LogRef(input, status.getLen()));
      return;
    }
    String base = input.endsWith("/") ? input : input + "/";
    KeyListing.walk(
        new Store(fs, fs.makeQualified(root)),
        filter,
        (key, size) -> into.add(new LogRef(base + key, size)));
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s*\\R\\s*", " ");
  }

  /** A folder tree (or an S3 prefix) as keys relative to its root. */
  private static final class Store implements KeyListing.Store {
    private final FileSystem fs;
    private final Path root;
    private final String rootText;

    Store(FileSystem fs, Path root) {
      this.fs = fs;
      this.root = root;
      this.rootText = root.toString().endsWith("/") ? root.toString() : root + "/";
    }

    @Override
    public List<String> children(String prefix) throws IOException {
      List<String> names = new ArrayList<>();
      Path dir = at(prefix);
      if (!fs.exists(dir)) {
        return names;
      }
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isDirectory()) {
          names.add(s.getPath().getName());
        }
      }
      names.sort(null);
      return names;
    }

    @Override
    public void objects(String prefix, KeyListing.KeySink sink) throws IOException {
      Path dir = at(prefix);
      if (!fs.exists(dir)) {
        return;
      }
      List<LogRef> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        LocatedFileStatus s = it.next();
        String path = s.getPath().toString();
        if (s.isFile() && path.startsWith(rootText)) {
          found.add(new LogRef(path.substring(rootText.length()), s.getLen()));
        }
      }
      found.sort(java.util.Comparator.comparing(LogRef::path));
      found.forEach(f -> sink.accept(f.path(), f.size()));
    }

    private Path at(String prefix) {
      return prefix.isEmpty() ? root : new Path(rootText + prefix);
    }
  }
}
