package io.github.cloudtrailschema.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How tests find the programs they drive: JDK versions from release files, commands on PATH. */
class ToolsTest {
  @Test
  void aJdksFeatureVersionComesFromItsReleaseFile(@TempDir Path dir) throws IOException {
    Path jdk25 = Files.createDirectories(dir.resolve("temurin-25"));
    Files.writeString(
        jdk25.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
    Path jdk8 = Files.createDirectories(dir.resolve("jdk8"));
    Files.writeString(jdk8.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");
    Path notAJdk = Files.createDirectories(dir.resolve("openjdk-17"));

    assertThat(Tools.featureVersion(jdk25)).isEqualTo(25);
    assertThat(Tools.featureVersion(jdk8)).isEqualTo(8);
    assertThat(Tools.featureVersion(notAJdk)).isZero();
    assertThat(Tools.feature("24-ea")).isEqualTo(24);
    assertThat(Tools.feature("")).isZero();
  }

  @Test
  void theJvmRunningTheTestsIsFoundForItsOwnVersion() {
    int running = Runtime.version().feature();
    assertThat(Tools.java(running, "CLOUDTRAIL_SCHEMA_TEST_NO_SUCH_VARIABLE")).isPresent();
    assertThat(Tools.java(1000, "CLOUDTRAIL_SCHEMA_TEST_NO_SUCH_VARIABLE")).isEmpty();
  }

  @Test
  void commandsAreFoundOnPathInTheOrderAsked() {
    assertThat(Tools.onPath("cloudtrail-schema-no-such-command")).isEmpty();
    assertThat(Tools.onPath("cloudtrail-schema-no-such-command", "sh"))
        .hasValueSatisfying(p -> assertThat(p.getFileName()).hasToString("sh"));
  }
}
