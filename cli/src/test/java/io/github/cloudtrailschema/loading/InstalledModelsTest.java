package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --models auto} against fake Python installations in a temporary folder. */
class InstalledModelsTest {
  @TempDir Path home;

  /** A botocore package with one service, as pip installs it. */
  static Path fakeBotocore(Path site, String version) throws Exception {
    Path botocore = Files.createDirectories(site.resolve("botocore"));
    Files.writeString(botocore.resolve("__init__.py"), "__version__ = '" + version + "'\n");
    MergedCatalogTest.botocoreService(botocore.resolve("data"), "fixture", "Fixture", "fixture");
    return botocore.resolve("data");
  }

  /** A {@code python3} that answers the question about botocore's location as Python would. */
  static Path fakePython(Path bin, Path botocore) throws Exception {
    Files.createDirectories(bin);
    Path python = bin.resolve("python3");
    Files.writeString(python, "#!/bin/sh\necho '" + botocore + "'\n");
    Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
    return python;
  }

  @Test
  void findsPipUserVirtualenvAndPipxInstallationsNewestFirst() throws Exception {
    Path user = fakeBotocore(home.resolve(".local/lib/python3.11/site-packages"), "1.40.0");
    Path venv = fakeBotocore(home.resolve("venv/lib/python3.12/site-packages"), "1.41.0");
    Path pipx =
        fakeBotocore(
            home.resolve(".local/pipx/venvs/awscli/lib/python3.12/site-packages"), "1.42.0");
    Map<String, String> env =
        Map.of("HOME", home.toString(), "VIRTUAL_ENV", home.resolve("venv").toString());
    List<InstalledModels.Found> found = InstalledModels.find(env, List.of());
    assertThat(found).extracting(InstalledModels.Found::data).containsExactly(pipx, venv, user);
    assertThat(found)
        .extracting(InstalledModels.Found::version)
        .containsExactly("1.42.0", "1.41.0", "1.40.0");
    assertThat(found.get(1).how()).isEqualTo("VIRTUAL_ENV");
    assertThat(found.get(0).services()).isEqualTo(1);
  }

  @Test
  void theNewestComesFirstWhereverItWasFound() throws Exception {
    fakeBotocore(home.resolve(".local/lib/python3.11/site-packages"), "1.40.0");
    Path other = fakeBotocore(home.resolve("elsewhere"), "1.43.11");
    Path python = fakePython(home.resolve("bin"), other.getParent());
    Map<String, String> env =
        Map.of("HOME", home.toString(), "PATH", home.resolve("bin").toString());
    InstalledModels.Found first = InstalledModels.find(env, List.of()).get(0);
    assertThat(first.data()).isEqualTo(other);
    assertThat(first.how()).isEqualTo("python3 on PATH (" + python + ")");
    assertThat(first.version()).isEqualTo("1.43.11");
  }

  /**
   * The AWS CLI v2 bundles its own botocore, always {@code 2.0.0devN}: its version says nothing of
   * its models' age against pip's {@code 1.x}. Between the two lines, more services wins.
   */
  @Test
  void betweenBotocoreLinesTheOneWithMoreServicesWins() throws Exception {
    Path cli = fakeBotocore(home.resolve(".local/aws-cli/v2/current/dist/awscli"), "2.0.0dev155");
    MergedCatalogTest.botocoreService(cli, "second", "Second", "second");
    Path pip = fakeBotocore(home.resolve(".local/lib/python3.12/site-packages"), "1.43.11");
    List<InstalledModels.Found> found =
        InstalledModels.find(Map.of("HOME", home.toString()), List.of());
    assertThat(found).extracting(InstalledModels.Found::data).containsExactly(cli, pip);
    assertThat(InstalledModels.compareVersions("1.43.11", "1.43.9")).isPositive();
    assertThat(InstalledModels.compareVersions("2.0.0dev155", "2.0.0dev99")).isPositive();
  }

  @Test
  void systemSitePackagesAreSearchedLast() throws Exception {
    Path system = fakeBotocore(home.resolve("usr/lib/python3/dist-packages"), "1.29.90");
    List<InstalledModels.Found> found =
        InstalledModels.find(
            Map.of(), List.of(home + "/usr/lib/python3*/dist-packages", home + "/nothing/here"));
    assertThat(found).extracting(InstalledModels.Found::data).containsExactly(system);
  }

  @Test
  void nothingInstalledFindsNothing() {
    assertThat(InstalledModels.find(Map.of("HOME", home.toString()), List.of())).isEmpty();
  }
}
