package io.github.cloudtrailschema.scan;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The large buffers a file read needs (the raw bytes, the compressed bytes fed to the inflater,
 * the decoded bytes kept by {@link Rewind}), kept per thread and reused from file to file. Allocated per file they were in flight
 * at every young collection, got promoted, and piled up in the old generation as garbage until a
 * full collection: a scan's peak memory grew with its input. A thread reads one file at a time, so
 * one pair per thread is enough.
 */
final class ReadBuffers {
  /** Large enough that the inflater and the parser are not starved by small reads. */
  static final int SIZE = 1 << 17;

  private static final ThreadLocal<ReadBuffers> OF_THREAD =
      ThreadLocal.withInitial(ReadBuffers::new);

  private final byte[] raw = new byte[SIZE];
  private final byte[] compressed = new byte[SIZE];
  private final Rewind rewind = new Rewind();

  private ReadBuffers() {}

  static ReadBuffers ofThread() {
    return OF_THREAD.get();
  }

  /** A buffered view of {@code in} on this thread's raw buffer; valid until the next call. */
  BufferedInputStream buffered(InputStream in) {
    return new Buffered(in, raw);
  }

  /**
   * A gzip reader of {@code in} on this thread's compressed buffer; valid until the next call.
   * Closing it frees the inflater's native memory but leaves {@code in} open: the caller owns it.
   */
  GZIPInputStream gunzip(InputStream in) throws IOException {
    return new Gunzip(new Unclosable(in), compressed);
  }

  /** This thread's {@link Rewind} over {@code in}, the decoded bytes; valid until the next call. */
  Rewind rewind(InputStream in) {
    return rewind.reset(in);
  }

  /** {@code buf} is BufferedInputStream's documented, protected buffer. */
  private static final class Buffered extends BufferedInputStream {
    Buffered(InputStream in, byte[] reused) {
      super(in, 1);
      buf = reused;
    }
  }

  /** {@code buf} is InflaterInputStream's documented, protected input buffer. */
  private static final class Gunzip extends GZIPInputStream {
    Gunzip(InputStream in, byte[] reused) throws IOException {
      super(in, 1); // reads the header straight from in, not through buf
      buf = reused;
    }
  }

  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the underlying stream
    }
  }
}
