package io.github.cloudtrailschema.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.loading.ModelLoadException;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.model.LearnedField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayFileTest {
  @TempDir Path dir;

  private static LearnedEvent event(long records, String first, String last, String... types) {
    return new LearnedEvent(
        "ec2.amazonaws.com",
        "RunInstances",
        records,
        first,
        last,
        true,
        List.of(
            new LearnedField(
                "responseElements.instancesSet[].newField", List.of(types), records, first, last)));
  }

  @Test
  void writtenAndReadBackTheSameSortedAndDeterministic() throws Exception {
    Path f = dir.resolve("o.json");
    List<LearnedEvent> events = List.of(event(3, "2026-11-02T10:00:00Z", "2026-12-01T08:00:00Z", "string"));
    Overlay written = OverlayFile.write(f, events);
    Overlay read = OverlayFile.read(f);
    assertThat(read.events()).isEqualTo(written.events());
    assertThat(read.digest()).isEqualTo(written.digest());
    byte[] first = Files.readAllBytes(f);
    OverlayFile.write(f, events);
    assertThat(Files.readAllBytes(f)).isEqualTo(first);
  }

  @Test
  void runsMergeByAddingUp() {
    List<LearnedEvent> merged =
        Overlay.merge(
            List.of(event(3, "2026-11-02T10:00:00Z", "2026-11-05T00:00:00Z", "string")),
            List.of(event(2, "2026-10-01T00:00:00Z", "2026-12-01T08:00:00Z", "integer")));
    assertThat(merged).hasSize(1);
    LearnedField f = merged.get(0).fields().get(0);
    assertThat(f.records()).isEqualTo(5);
    assertThat(f.types()).containsExactly("integer", "string");
    assertThat(f.firstSeen()).isEqualTo("2026-10-01T00:00:00Z");
    assertThat(f.lastSeen()).isEqualTo("2026-12-01T08:00:00Z");
    assertThat(f.note()).isEqualTo("seen in your logs: 5 records, 2026-10-01 … 2026-12-01");
  }

  @Test
  void absentIsNothingLearnedAndForeignIsRefused() throws Exception {
    assertThat(OverlayFile.readIfPresent(dir.resolve("none.json"))).isEmpty();
    Path f = dir.resolve("foreign.json");
    Files.writeString(f, "[1, 2, 3]");
    assertThatThrownBy(() -> OverlayFile.readIfPresent(f))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("refused: not a cloudtrail-schema overlay");
    Files.writeString(
        f,
        "{\"format\": \"cloudtrail-schema overlay\", \"version\": 1, \"events\": [],"
            + " \"events\": []}");
    assertThatThrownBy(() -> OverlayFile.read(f)).hasMessageContaining("not valid JSON");
  }

  /** Issue 24: an overlay is input too; a device or a FIFO in its place is refused, not read. */
  @Test
  void aDeviceOrAFifoIsRefusedNotRead() throws Exception {
    Path zero = dir.resolve("zero.json");
    Files.createSymbolicLink(zero, Path.of("/dev/zero"));
    assertThatThrownBy(() -> OverlayFile.read(zero))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("not a regular file");
    Path fifo = dir.resolve("fifo.json");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      assertThatThrownBy(() -> OverlayFile.read(fifo))
          .isInstanceOf(ModelLoadException.class)
          .hasMessageContaining("not a regular file");
    }
  }
}
