package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCatalogTest {
  @Test
  void readsModelFilesAndBotocoreLayout(@TempDir Path dir) throws Exception {
    Path model = TestModels.FIXTURES.resolve("fixture-2020-01-01-model.json");
    Files.copy(model, dir.resolve("fixture-2020-01-01-model.json"));
    Path botocore = Files.createDirectories(dir.resolve("other/2021-01-01"));
    Files.writeString(
        botocore.resolve("service-2.json"),
        Files.readString(model)
            .replace("\"fixture\"", "\"other\"")
            .replace("2020-01-01", "2021-01-01"));
    ModelCatalog c = ModelCatalog.directory(dir);
    assertThat(c.services()).extracting(ServiceSummary::name).containsExactly("fixture", "other");
    assertThat(c.load("other", false).operations()).containsKey("PutTree");
    assertThat(c.info().operationCount()).isEqualTo(8);
  }

  @Test
  void malformedModelIsReportedWithItsPath() {
    assertThatThrownBy(() -> ModelCatalog.directory(TestModels.MALFORMED))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("no usable models")
        .hasMessageContaining("broken-2020-01-01-model.json: not valid JSON");
  }

  @Test
  void emptyFolderSaysWhatItLookedFor(@TempDir Path dir) {
    assertThatThrownBy(() -> ModelCatalog.directory(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("no models (botocore <service>/<version>/service-2.json[.gz]");
  }

  @Test
  void sharedStemsGetDistinctNames() {
    assertThat(ModelCatalog.embedded().services())
        .extracting(ServiceSummary::name)
        .contains("elb", "elbv2", "finspace", "finspace-data")
        .doesNotHaveDuplicates();
  }
}
