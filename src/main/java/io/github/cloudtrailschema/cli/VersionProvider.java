package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.CatalogInfo;
import io.github.cloudtrailschema.loading.ModelCatalog;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version, then the embedded models' version, date and size. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    CatalogInfo info = ModelCatalog.embedded().info();
    return new String[] {
      "cloudtrail-schema " + (version == null ? "dev" : version),
      "models: " + info.source() + " (" + info.date() + ")",
      info.serviceCount()
          + " services, "
          + info.operationCount()
          + " operations, "
          + info.curatedEventCount()
          + " curated non-API events",
      "Java " + System.getProperty("java.version")
    };
  }
}
