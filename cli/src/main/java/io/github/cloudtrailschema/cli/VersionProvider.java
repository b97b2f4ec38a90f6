package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.CatalogInfo;
import io.github.cloudtrailschema.loading.ModelCatalog;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version}: the tool's version, then the models' sources (the embedded ones, and those of
 * {@code --models} over them), date and size.
 */
public final class VersionProvider implements IVersionProvider {
  @Spec CommandSpec spec;

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    CatalogInfo info =
        spec != null && spec.userObject() instanceof RootCommand root
            ? root.models.catalog().info()
            : ModelCatalog.embedded().info();
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
