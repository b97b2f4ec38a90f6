package io.github.cloudtrailschema.loading;

import java.nio.charset.StandardCharsets;

/** Reads the catalogue's varints and strings from a byte array, at a movable position. */
final class ByteCursor {
  private final byte[] bytes;
  private int pos;

  ByteCursor(byte[] bytes, int pos) {
    this.bytes = bytes;
    this.pos = pos;
  }

  byte[] bytes() {
    return bytes;
  }

  int int32() {
    return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
  }

  int position() {
    return pos;
  }

  int u8() {
    if (pos >= bytes.length) {
      throw new ModelLoadException("catalogue entry is truncated; rebuild the jar");
    }
    return bytes[pos++] & 0xFF;
  }

  boolean bool() {
    return u8() != 0;
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
    throw new ModelLoadException("catalogue entry is corrupt (varint)");
  }

  /**
   * A count of elements that follow, each at least one byte: more than the bytes left is damage
   * (a cache entry is input), not a reason to allocate an array of two billion.
   */
  int count() {
    int n = varint();
    if (n < 0 || n > bytes.length - pos) {
      throw new ModelLoadException("catalogue entry is corrupt (count " + n + ")");
    }
    return n;
  }

  double f64() {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | u8();
    }
    return Double.longBitsToDouble(v);
  }

  String string() {
    int n = varint();
    if (n == 0) {
      return "";
    }
    if (pos + n > bytes.length) {
      throw new ModelLoadException("catalogue entry is truncated; rebuild the jar");
    }
    String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  java.util.Optional<String> optional() {
    return bool() ? java.util.Optional.of(string()) : java.util.Optional.empty();
  }

  void skip(int n) {
    pos += n;
  }
}
