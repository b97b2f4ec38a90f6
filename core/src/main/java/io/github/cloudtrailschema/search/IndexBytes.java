package io.github.cloudtrailschema.search;

import java.nio.charset.StandardCharsets;

/**
 * Reads the index's primitives from a byte array at a movable position, and looks entries up in its
 * offset tables without decoding them.
 */
final class IndexBytes {
  final byte[] bytes;
  int pos;

  IndexBytes(byte[] bytes, int pos) {
    this.bytes = bytes;
    this.pos = pos;
  }

  int u8() {
    if (pos >= bytes.length) {
      throw new IndexCorruptException("the search index is truncated; rebuild the jar");
    }
    return bytes[pos++] & 0xFF;
  }

  int int32() {
    return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
  }

  int varint() {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = u8();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IndexCorruptException("the search index is corrupt (varint)");
  }

  String string() {
    int n = varint();
    if (pos + n > bytes.length) {
      throw new IndexCorruptException("the search index is truncated; rebuild the jar");
    }
    String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  void skipString() {
    int n = varint();
    pos += n;
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

    Table(IndexBytes in) {
      this.bytes = in.bytes;
      this.count = in.varint();
      int length = in.int32();
      this.offsets = in.pos;
      this.entries = offsets + 4 * count;
      in.pos = entries + length;
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
    IndexBytes at(int i) {
      return new IndexBytes(bytes, entryStartAbsolute(i));
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
      IndexBytes in = new IndexBytes(bytes, at);
      int n = in.varint();
      int start = in.pos;
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
