package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.loading.ByteCursor;
import java.util.function.Function;

/**
 * The search index's bytes: a cursor over them whose damage is the index's ({@link
 * IndexCorruptException}), and its offset tables, whose entries are looked up without decoding
 * them.
 */
final class IndexBytes {
  private static final Function<String, RuntimeException> DAMAGE =
      what -> new IndexCorruptException("the search index is " + what);

  private IndexBytes() {}

  /** A cursor at {@code pos} in the index's {@code bytes}. */
  static ByteCursor cursor(byte[] bytes, int pos) {
    return new ByteCursor(bytes, pos, DAMAGE);
  }

  /**
   * An offset table as the writer writes it: the count, the entries' total length, their offsets,
   * then the entries. Leaves the cursor after the table.
   */
  static final class Table {
    final byte[] bytes;
    final int count;
    private final int offsets;
    private final int entries;

    Table(ByteCursor in) {
      this.bytes = in.bytes();
      this.count = in.varint();
      int length = in.int32();
      this.offsets = in.position();
      this.entries = offsets + 4 * count;
      in.seek(entries + length);
    }

    /** Where entry {@code i} starts in {@link #bytes}. */
    int entryStart(int i) {
      int p = offsets + 4 * i;
      return ((bytes[p] & 0xFF) << 24)
          | ((bytes[p + 1] & 0xFF) << 16)
          | ((bytes[p + 2] & 0xFF) << 8)
          | (bytes[p + 3] & 0xFF);
    }

    int entryStartAbsolute(int i) {
      return entries + entryStart(i);
    }

    /** A cursor at entry {@code i}. */
    ByteCursor at(int i) {
      return cursor(bytes, entryStartAbsolute(i));
    }

    /**
     * Binary search for the entry whose leading string equals {@code key} (UTF-8 bytes, unsigned
     * order, as the writer sorted them); -1 when there is none.
     */
    int find(byte[] key) {
      int lo = 0;
      int hi = count - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = compareKey(entryStartAbsolute(mid), key);
        if (c == 0) {
          return mid;
        } else if (c < 0) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }

    private int compareKey(int at, byte[] key) {
      ByteCursor in = cursor(bytes, at);
      int n = in.varint();
      int start = in.position();
      int common = Math.min(n, key.length);
      for (int i = 0; i < common; i++) {
        int a = bytes[start + i] & 0xFF;
        int b = key[i] & 0xFF;
        if (a != b) {
          return a - b;
        }
      }
      return n - key.length;
    }
  }
}
