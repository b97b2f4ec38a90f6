package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The cursor the catalogue and the search index read with, and the damage each reports. */
class ByteCursorTest {
  /**
   * An int32 ("CTIX"), a varint (300), a string ("hi"), an empty one, an optional ("abc"), a string
   * to skip ("zz"), a byte (7).
   */
  private static final byte[] BYTES = {
    0x43, 0x54, 0x49, 0x58, (byte) 0xAC, 0x02, 2, 'h', 'i', 0, 1, 3, 'a', 'b', 'c', 2, 'z', 'z', 7
  };

  @Test
  void readsWhatTheWritersWrite() {
    ByteCursor in = new ByteCursor(BYTES, 0);
    assertThat(in.int32()).isEqualTo(EmbeddedCatalog.INDEX_MAGIC);
    assertThat(in.varint()).isEqualTo(300);
    assertThat(in.string()).isEqualTo("hi");
    assertThat(in.string()).isEmpty();
    assertThat(in.optional()).contains("abc");
    in.skipString();
    assertThat(in.position()).isEqualTo(BYTES.length - 1);
    assertThat(in.u8()).isEqualTo(7);
    in.seek(6);
    assertThat(in.string()).isEqualTo("hi");
    assertThat(in.bytes()).isSameAs(BYTES);
  }

  @Test
  void aCatalogueEntryThatRunsOutIsTheCataloguesDamage() {
    assertThatThrownBy(() -> new ByteCursor(BYTES, BYTES.length).u8())
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("catalogue entry is truncated; rebuild the jar");
    byte[] cut = {0x05, 'a', 'b'};
    assertThatThrownBy(() -> new ByteCursor(cut, 0).string())
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("catalogue entry is truncated; rebuild the jar");
    byte[] endless = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};
    assertThatThrownBy(() -> new ByteCursor(endless, 0).varint())
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("catalogue entry is corrupt (varint)");
    byte[] count = {0x09, 'x'};
    assertThatThrownBy(() -> new ByteCursor(count, 0).count())
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("catalogue entry is corrupt (count 9)");
  }

  @Test
  void anotherReaderReportsDamageItsOwnWay() {
    ByteCursor in =
        new ByteCursor(
            "x".getBytes(StandardCharsets.UTF_8),
            0,
            what -> new IllegalStateException("it is " + what));
    assertThat(in.u8()).isEqualTo('x');
    assertThatThrownBy(in::u8)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("it is truncated; rebuild the jar");
  }
}
