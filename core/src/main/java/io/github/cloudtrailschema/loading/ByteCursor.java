package io.github.cloudtrailschema.loading;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads the big-endian integers, varints and UTF-8 strings of the build's binary files (the
 * catalogue's entries, the search index) from a byte array, at a movable position. Bytes that run
 * out or do not decode are damage, reported through the reader's own exception: each file says
 * what it is and how its reader fails.
 */
public final class ByteCursor {
  /** A catalogue entry's damage. */
  static final Function<String, RuntimeException> CATALOGUE =
      what -> new ModelLoadException("catalogue entry is " + what);

  private final byte[] bytes;
  private final Function<String, RuntimeException> damage;
  private int pos;

  /**
   * A cursor at {@code pos}.
   *
   * @param damage makes the exception thrown for damage from what is wrong ({@code "truncated;
   *     rebuild the jar"}, {@code "corrupt (varint)"}), to be read after the file's name
   */
  public ByteCursor(byte[] bytes, int pos, Function<String, RuntimeException> damage) {
    this.bytes = bytes;
    this.pos = pos;
    this.damage = damage;
  }

  /** A cursor over a catalogue entry. */
  ByteCursor(byte[] bytes, int pos) {
    this(bytes, pos, CATALOGUE);
  }

  public byte[] bytes() {
    return bytes;
  }

  public int position() {
    return pos;
  }

  /** Moves to {@code position}, as an offset table says where an entry starts. */
  public void seek(int position) {
    pos = position;
  }

  public void skip(int n) {
    pos += n;
  }

  public int u8() {
    if (pos >= bytes.length) {
      throw damage.apply("truncated; rebuild the jar");
    }
    return bytes[pos++] & 0xFF;
  }

  public int int32() {
    return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
  }

  public boolean bool() {
    return u8() != 0;
  }

  public int varint() {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = u8();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw damage.apply("corrupt (varint)");
  }

  /**
   * A count of elements that follow, each at least one byte: more than the bytes left is damage
   * (a cache entry is input), not a reason to allocate an array of two billion.
   */
  public int count() {
    int n = varint();
    if (n < 0 || n > bytes.length - pos) {
      throw damage.apply("corrupt (count " + n + ")");
    }
    return n;
  }

  public double f64() {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | u8();
    }
    return Double.longBitsToDouble(v);
  }

  public String string() {
    int n = varint();
    if (n == 0) {
      return "";
    }
    if (pos + n > bytes.length) {
      throw damage.apply("truncated; rebuild the jar");
    }
    String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  /** Moves past a string without decoding it. */
  public void skipString() {
    int n = varint();
    pos += n;
  }

  public java.util.Optional<String> optional() {
    return bool() ? java.util.Optional.of(string()) : java.util.Optional.empty();
  }
}
