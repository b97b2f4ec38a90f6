package io.github.cloudtrailschema.loading;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a model file's bytes, gunzipping {@code *.gz}: botocore has shipped {@code
 * service-2.json.gz} since 2023; a regular file, within {@link BoundedRead#MAX_MODEL} before and
 * after inflating. Every failure becomes one {@link ModelLoadException} that names the file and
 * says what is wrong with it.
 */
final class ModelBytes {
  private ModelBytes() {}

  static byte[] read(Path file) {
    try {
      byte[] bytes = BoundedRead.file(file, BoundedRead.MAX_MODEL, true);
      if (!file.getFileName().toString().endsWith(".gz")) {
        return bytes;
      }
      // Inflated, too, at most the limit: a small gzip may hold gigabytes of zeros.
      try (InputStream in =
          new GZIPInputStream(new java.io.ByteArrayInputStream(bytes), 1 << 16)) {
        return BoundedRead.stream(in, BoundedRead.MAX_MODEL);
      } catch (ModelLoadException e) {
        throw new ModelLoadException(file + ": inflated, " + e.getMessage(), e);
      }
    } catch (ZipException e) {
      throw new ModelLoadException(file + ": corrupt gzip (" + e.getMessage() + ")", e);
    } catch (EOFException e) {
      throw new ModelLoadException(file + ": truncated gzip", e);
    } catch (AccessDeniedException e) {
      throw new ModelLoadException(file + ": cannot read: permission denied", e);
    } catch (IOException e) {
      throw new ModelLoadException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
