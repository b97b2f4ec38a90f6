package io.github.cloudtrailschema.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/** Live counters of a running scan, written by all threads and read by a progress display. */
public final class ScanProgress {
  final LongAdder filesListed = new LongAdder();
  final LongAdder bytesListed = new LongAdder();
  final LongAdder filesDone = new LongAdder();
  final LongAdder bytesRead = new LongAdder();
  final LongAdder records = new LongAdder();
  volatile boolean listingDone;

  public long filesListed() {
    return filesListed.sum();
  }

  public long filesDone() {
    return filesDone.sum();
  }

  public long bytesRead() {
    return bytesRead.sum();
  }

  public long records() {
    return records.sum();
  }

  /** Total bytes to read, once listing has finished and every size is known; else -1. */
  public long bytesTotal() {
    return listingDone ? bytesListed.sum() : -1;
  }

  /** Counts raw (compressed) bytes as they are read. */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.increment();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bytesRead.add(n);
        }
        return n;
      }
    };
  }
}
