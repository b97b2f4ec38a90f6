package io.github.cloudtrailschema.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.loading.ByteCursor;
import org.junit.jupiter.api.Test;

/** The search index's offset tables, and its damage reported as the index's. */
class IndexBytesTest {
  /**
   * A table as the writer lays it out: the count (2), the entries' length (6), their offsets (0 and
   * 3), the entries ("ab", "cd"); then a byte after the table.
   */
  private static final byte[] TABLE = {
    2, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 3, 2, 'a', 'b', 2, 'c', 'd', 0x2A
  };

  @Test
  void aTableFindsItsEntriesAndLeavesTheCursorAfterIt() {
    ByteCursor in = IndexBytes.cursor(TABLE, 0);
    IndexBytes.Table t = new IndexBytes.Table(in);
    assertThat(t.count).isEqualTo(2);
    assertThat(in.u8()).isEqualTo(0x2A);
    assertThat(t.find(new byte[] {'c', 'd'})).isEqualTo(1);
    assertThat(t.find(new byte[] {'a', 'b'})).isZero();
    assertThat(t.find(new byte[] {'b'})).isEqualTo(-1);
    assertThat(t.at(1).string()).isEqualTo("cd");
  }

  @Test
  void damageIsTheIndexs() {
    assertThatThrownBy(() -> IndexBytes.cursor(TABLE, TABLE.length).u8())
        .isInstanceOf(IndexCorruptException.class)
        .hasMessage("the search index is truncated; rebuild the jar");
    byte[] endless = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};
    assertThatThrownBy(() -> IndexBytes.cursor(endless, 0).varint())
        .isInstanceOf(IndexCorruptException.class)
        .hasMessage("the search index is corrupt (varint)");
  }
}
