package io.github.cloudtrailschema.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Marks failures of the transport as {@link SourceReadException}, so that they are retried while
 * bad content is not: any exception from the underlying stream, and a body that ends before its
 * listed size (a dropped connection can look like a clean end of stream).
 */
public final class SourceStream extends FilterInputStream {
  private final long expected;
  private long seen;

  public SourceStream(InputStream in, long expected) {
    super(in);
    this.expected = expected;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (IOException | RuntimeException e) {
      throw new SourceReadException(
          "read failed after " + seen + " of " + expected + " bytes: " + RecordReader.oneLine(e),
          e);
    }
    if (n < 0 && expected >= 0 && seen < expected) {
      throw new SourceReadException(
          "connection closed after " + seen + " of " + expected + " bytes", null);
    }
    seen += Math.max(n, 0);
    return n;
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } catch (IOException | RuntimeException e) {
      // closing an aborted download may fail again; the read already reported it
    }
  }
}
