package io.github.cloudtrailschema.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large input made up as it is read, never held: {@code head}, then {@code filler} repeated for
 * {@code total} bytes, then {@code tail}. It counts what was read, so a test can show that a
 * reader stopped early (a 3 GB array, 12 GB of gzipped zeros) without a file of that size.
 */
public final class GeneratedStream extends InputStream {
  private final byte[] head;
  private final byte[] filler;
  private final byte[] tail;
  private final long total;
  private long served;

  public GeneratedStream(byte[] head, byte[] filler, long total, byte[] tail) {
    this.head = head;
    this.filler = filler;
    this.tail = tail;
    this.total = total;
  }

  public GeneratedStream(String head, String filler, long total, String tail) {
    this(utf8(head), utf8(filler), total, utf8(tail));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes read so far. */
  public long served() {
    return served;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    long end = head.length + total + tail.length;
    if (served >= end) {
      return -1;
    }
    int n = (int) Math.min(len, end - served);
    for (int i = 0; i < n; i++) {
      long at = served + i;
      b[off + i] =
          at < head.length
              ? head[(int) at]
              : at < head.length + total
                  ? filler[(int) ((at - head.length) % filler.length)]
                  : tail[(int) (at - head.length - total)];
    }
    served += n;
    return n;
  }
}
