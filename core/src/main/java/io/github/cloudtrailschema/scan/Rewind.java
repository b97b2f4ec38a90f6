package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.io.InputStream;

/**
 * The decoded bytes of one file on their way to the JSON parser, with two jobs the parser cannot
 * do. It bounds a record: while one is open ({@link #recordStarts}), reading more than {@link
 * #MAX_RECORD} bytes past its start fails with {@link RecordTooLarge}, so no record, whatever it
 * holds, is ever buffered (as a tree) or read (gigabytes of it) whole. And it keeps the last
 * {@link #KEPT} bytes read, so that after a line of JSON lines that does not parse the reader can
 * go back to the start of the next line ({@link #resumeAfterLine}) with a new parser: Jackson
 * cannot resume after a syntax error, and its buffer may already hold the next lines.
 *
 * <p>Offsets are absolute: bytes delivered since the file's first byte. Not thread-safe; reused
 * per thread through {@link ReadBuffers}.
 */
final class Rewind extends InputStream {
  /**
   * The largest record read: CloudTrail's own quota is 256 KB per event since event version 1.05,
   * and 1 MB for the "large" events of an event data store (AWS CloudTrail User Guide, "Quotas in
   * AWS CloudTrail"), so 4 MiB leaves room for any record CloudTrail writes and keeps a hostile one
   * from filling memory as a tree (a record's tree is at most about 25 times its bytes).
   */
  static final int MAX_RECORD = 4 << 20;

  /**
   * How far the parser may have read past the byte it stands on: Jackson fills a buffer of 8000
   * bytes; twice that, rounded, for safety. A record is cut off only when even the bytes the
   * parser has not reached yet cannot bring it back under {@link #MAX_RECORD}.
   */
  static final int READ_AHEAD = 16 << 10;

  /** Bytes kept behind the read position: a broken line longer than this is not resumed after. */
  static final int KEPT = 1 << 20;

  private final byte[] ring = new byte[KEPT];
  private InputStream in;
  private long delivered;
  private long filled;
  private long recordStart = -1;
  private boolean eof;

  /** Starts reading {@code source} from its first byte; the previous file is forgotten. */
  Rewind reset(InputStream source) {
    in = source;
    delivered = 0;
    filled = 0;
    recordStart = -1;
    eof = false;
    return this;
  }

  /** The absolute offset of the next byte this stream delivers. */
  long position() {
    return delivered;
  }

  /** A record begins at {@code start}: from now on reading is bounded. */
  void recordStarts(long start) {
    recordStart = start;
  }

  /** The record has ended (or turned out to be a whole log file): reading is unbounded again. */
  void recordEnds() {
    recordStart = -1;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n;
    if (delivered < filled) {
      n = (int) Math.min(len, filled - delivered);
      copyOut(delivered, b, off, n);
    } else {
      n = fill(b, off, len);
      if (n < 0) {
        return -1;
      }
    }
    delivered += n;
    if (recordStart >= 0 && delivered - recordStart > MAX_RECORD + READ_AHEAD) {
      throw new RecordTooLarge();
    }
    return n;
  }

  /** Reads fresh bytes from the source into {@code b} and keeps a copy. */
  private int fill(byte[] b, int off, int len) throws IOException {
    if (eof) {
      return -1;
    }
    int n = in.read(b, off, Math.min(len, KEPT));
    if (n < 0) {
      eof = true;
      return -1;
    }
    keep(b, off, n);
    return n;
  }

  private void keep(byte[] b, int off, int n) {
    int at = (int) (filled % KEPT);
    int first = Math.min(n, KEPT - at);
    System.arraycopy(b, off, ring, at, first);
    System.arraycopy(b, off + first, ring, 0, n - first);
    filled += n;
  }

  private void copyOut(long from, byte[] b, int off, int n) {
    int at = (int) (from % KEPT);
    int first = Math.min(n, KEPT - at);
    System.arraycopy(ring, at, b, off, first);
    System.arraycopy(ring, 0, b, off + first, n - first);
  }

  private boolean kept(long offset) {
    return offset >= filled - KEPT && offset >= 0;
  }

  private byte at(long offset) {
    return ring[(int) (offset % KEPT)];
  }

  /**
   * The offset of the first byte at or after {@code from}, and before the read position, that is
   * not JSON white space; -1 if there is none or {@code from} is no longer kept.
   */
  long firstNonSpace(long from) {
    if (!kept(from)) {
      return -1;
    }
    for (long i = from; i < delivered; i++) {
      byte c = at(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return i;
      }
    }
    return -1;
  }

  /** How many line feeds lie in {@code [from, to)}; both must be kept. */
  long lineFeeds(long from, long to) {
    long n = 0;
    for (long i = from; i < to; i++) {
      if (at(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /**
   * Moves the read position to just after the first line feed at or after {@code from}, reading
   * on (at most {@link #KEPT} bytes past {@code from}) if the bytes read so far hold none; at the
   * end of the input, to the end. Returns false, leaving the position where it is, when {@code
   * from} is no longer kept or no line ends within that distance.
   */
  boolean resumeAfterLine(long from) throws IOException {
    if (!kept(from)) {
      return false;
    }
    recordStart = -1;
    for (long i = from; ; i++) {
      if (i == filled) {
        if (i - from >= KEPT - READ_AHEAD || !fillAhead()) {
          if (eof) {
            delivered = filled;
            return true;
          }
          return false;
        }
      }
      if (at(i) == '\n') {
        delivered = i + 1;
        return true;
      }
    }
  }

  /** Reads one more chunk into the kept bytes; false at the end of the input. */
  private boolean fillAhead() throws IOException {
    byte[] chunk = new byte[READ_AHEAD];
    int n = fill(chunk, 0, chunk.length);
    return n > 0;
  }

  /** A record over {@link #MAX_RECORD}: it ends the file's reading, as the parser's limits do. */
  static final class RecordTooLarge extends IOException {
    RecordTooLarge() {
      super("larger than " + (MAX_RECORD >> 20) + " MiB");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // an outcome of the input, reported in one line: no trace to keep
    }
  }
}
