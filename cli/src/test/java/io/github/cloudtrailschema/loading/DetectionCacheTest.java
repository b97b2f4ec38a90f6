package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer of the installed-models search, kept while every look it was made of holds. */
class DetectionCacheTest {
  @TempDir Path home;

  private Path calls;
  private Path cache;
  private Map<String, String> env;

  @BeforeEach
  void pythonWithBotocore() throws Exception {
    Path data = InstalledModelsTest.fakeBotocore(home.resolve("py/site-packages"), "1.43.11");
    calls = home.resolve("calls");
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path python = bin.resolve("python3");
    Files.writeString(
        python,
        "#!/bin/sh\necho x >> '"
            + calls
            + "'\necho '"
            + data.getParent()
            + "'\necho '"
            + data.getParent().getParent()
            + "'\n");
    Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
    cache = home.resolve("cache");
    env = Map.of("PATH", bin.toString(), "HOME", home.toString(), InstalledModels.SITES_ENV, "");
  }

  private List<InstalledModels.Found> find(Map<String, String> e) {
    return DetectionCache.find(e, Optional.of(cache));
  }

  private long asked() throws Exception {
    return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
  }

  @Test
  void theAnswerIsKeptAndPythonAskedOnce() throws Exception {
    List<InstalledModels.Found> first = find(env);
    assertThat(first).singleElement().extracting(InstalledModels.Found::version).isEqualTo("1.43.11");
    assertThat(find(env)).isEqualTo(first);
    assertThat(asked()).isEqualTo(1);
  }

  @Test
  void aNewInstallationInAPlaceLookedAtIsFound() throws Exception {
    find(env);
    InstalledModelsTest.fakeBotocore(home.resolve(".local/lib/python3.12/site-packages"), "1.44.0");
    assertThat(find(env).get(0).version()).isEqualTo("1.44.0");
    assertThat(asked()).isEqualTo(2);
  }

  @Test
  void anotherEnvironmentLooksAgain() throws Exception {
    find(env);
    Map<String, String> other = new HashMap<>(env);
    other.put("VIRTUAL_ENV", home.resolve("venv").toString());
    find(other);
    assertThat(asked()).isEqualTo(2);
  }

  @Test
  void aDamagedOrOldAnswerIsNotTrusted() throws Exception {
    find(env);
    Path file = cache.resolve(DetectionCache.FILE);
    Files.writeString(file, "cloudtrail-schema installed models 1\nenv\tnonsense\n");
    assertThat(find(env)).hasSize(1);
    assertThat(asked()).isEqualTo(2);
    String kept = Files.readString(file);
    long dayAndMore = System.currentTimeMillis() - DetectionCache.MAX_AGE.toMillis() - 60_000;
    Files.writeString(file, kept.replaceFirst("(?m)^time\t\\d+$", "time\t" + dayAndMore));
    assertThat(find(env)).hasSize(1);
    assertThat(asked()).isEqualTo(3);
  }
}
