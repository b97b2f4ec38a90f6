package io.github.cloudtrailschema.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a file of a model folder or of the model cache whole, within a size: both are input (a
 * folder named by {@code --models}, a cache anyone with the user's home may have written). Only a
 * regular file is opened: opening a FIFO blocks for ever, and a link to {@code /dev/zero} reads
 * for ever; its size is checked before, and the read stops past the limit after (a file that grew,
 * a gzip that inflates to gigabytes). Every refusal is one {@link ModelLoadException} in words.
 */
final class BoundedRead {
  /**
   * The largest model file read: EC2's C2J model, the largest AWS has, is 3 MB (botocore's gzipped
   * 0.5 MB), so 64 MiB leaves room for Smithy's larger form and for growth.
   */
  static final long MAX_MODEL = 64L << 20;

  private BoundedRead() {}

  /**
   * The bytes of {@code file}, at most {@code max}.
   *
   * @param followLinks whether a symbolic link is followed (model folders are often linked) or
   *     refused (the cache writes none)
   */
  static byte[] file(Path file, long max, boolean followLinks) throws IOException {
    BasicFileAttributes a =
        followLinks
            ? Files.readAttributes(file, BasicFileAttributes.class)
            : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (a.isSymbolicLink()) {
      throw new ModelLoadException(file + ": a symbolic link, where none is written: not read");
    }
    if (!a.isRegularFile()) {
      throw new ModelLoadException(file + ": not a regular file (a device, a FIFO?): not read");
    }
    if (a.size() > max) {
      throw new ModelLoadException(file + ": " + tooLarge(max));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return stream(in, max);
    } catch (ModelLoadException e) {
      throw new ModelLoadException(file + ": " + e.getMessage(), e);
    }
  }

  /** At most {@code max} bytes of {@code in}; more is a {@link ModelLoadException} (no path). */
  static byte[] stream(InputStream in, long max) throws IOException {
    byte[] buf = new byte[(int) Math.min(max + 1, 1 << 16)];
    int n = 0;
    int r;
    while ((r = in.read(buf, n, buf.length - n)) > 0) {
      n += r;
      if (n > max) {
        throw new ModelLoadException(tooLarge(max));
      }
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
      }
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  static String tooLarge(long max) {
    return "larger than " + (max >> 20) + " MiB, more than any model: not read";
  }
}
