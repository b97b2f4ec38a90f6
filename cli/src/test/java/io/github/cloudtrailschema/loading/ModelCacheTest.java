package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of parsed external models: hit, invalidation, damage, another version. */
class ModelCacheTest {
  @TempDir Path models;
  @TempDir Path cacheHome;
  final List<String> notes = new ArrayList<>();
  Map<String, String> env;

  @BeforeEach
  void botocoreFolder() throws Exception {
    env = Map.of("XDG_CACHE_HOME", cacheHome.toString());
    MergedCatalogTest.botocoreService(models, "fixture", "Fixture", "fixture");
  }

  private ModelCatalog open() {
    return UserModels.folder(models, env, notes::add);
  }

  private Path cacheDir() throws Exception {
    try (Stream<Path> s = Files.list(cacheHome.resolve("cloudtrail-schema"))) {
      return s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }

  @Test
  void secondRunReadsTheCacheAndGetsTheSameModel() {
    ModelCatalog first = open();
    assertThat(first).isInstanceOf(DirectoryCatalog.class);
    ModelCatalog second = open();
    assertThat(second).isInstanceOf(StoredCatalog.class);
    assertThat(second.services()).isEqualTo(first.services());
    ServiceModel a = first.load("fixture", true);
    ServiceModel b = second.load("fixture", true);
    assertThat(b.operations()).isEqualTo(a.operations());
    assertThat(b.shapes()).containsExactlyElementsOf(a.shapes());
    assertThat(notes).isEmpty();
  }

  @Test
  void aChangedModelFileIsReadAgain() throws Exception {
    open();
    Path file = models.resolve("fixture/2099-01-01/service-2.json.gz");
    byte[] other =
        ModelFormatsTest.gzip(
            Files.readString(TestModels.FIXTURES.resolve("fixture-2020-01-01-model.json"))
                .replace("\"PutTree\"", "\"PutForest\"")
                .getBytes());
    Files.write(file, other);
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
    // The file is checked when its service is used: read again, quietly, and cached again.
    assertThat(open().load("fixture", false).operations()).containsKey("PutForest");
    assertThat(open().load("fixture", false).operations()).containsKey("PutForest");
    assertThat(notes).isEmpty();
  }

  @Test
  void aNewServiceIsSeen() throws Exception {
    open();
    MergedCatalogTest.botocoreService(models, "second", "Second", "second");
    Files.setLastModifiedTime(models, FileTime.fromMillis(2_000_000));
    assertThat(open().services()).extracting(ServiceSummary::name).contains("second");
  }

  @Test
  void aDamagedIndexIsRebuiltNotTrusted() throws Exception {
    open();
    Files.write(cacheDir().resolve("index.bin"), new byte[] {1, 2, 3});
    ModelCatalog c = open();
    assertThat(c).isInstanceOf(DirectoryCatalog.class);
    assertThat(notes).singleElement().asString().contains("is damaged; rebuilding it");
    assertThat(open()).isInstanceOf(StoredCatalog.class);
  }

  @Test
  void aDamagedEntryIsReadFromTheModelsAgain() throws Exception {
    open();
    Path entry = cacheDir().resolve("fixture.bin");
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(entry, bytes);
    ModelCatalog c = open();
    assertThat(c).isInstanceOf(StoredCatalog.class);
    assertThat(c.load("fixture", false).operations()).containsKey("PutTree");
    assertThat(notes).singleElement().asString().contains("an entry is damaged");
  }

  @Test
  void aCacheOfAnotherVersionIsRebuilt() throws Exception {
    open();
    Path stamp = cacheDir().resolve("stamp");
    Files.writeString(
        stamp, Files.readString(stamp).replaceFirst("model cache \\d+", "model cache 0"));
    assertThat(open()).isInstanceOf(DirectoryCatalog.class);
    assertThat(notes).singleElement().asString().contains("written by another version");
  }

  @Test
  void withoutAHomeThereIsNoCache() {
    env = Map.of();
    assertThat(open()).isInstanceOf(DirectoryCatalog.class);
    assertThat(open()).isInstanceOf(DirectoryCatalog.class);
    assertThat(cacheHome.resolve("cloudtrail-schema")).doesNotExist();
  }
}
