package io.github.cloudtrailschema.loading;

import java.nio.file.Path;

/** Fake installations for tests outside this package. */
public final class InstalledModelsTestAccess {
  private InstalledModelsTestAccess() {}

  public static Path fakeBotocore(Path site, String version) throws Exception {
    return InstalledModelsTest.fakeBotocore(site, version);
  }

  public static Path fakePython(Path bin, Path botocore) throws Exception {
    return InstalledModelsTest.fakePython(bin, botocore);
  }
}
