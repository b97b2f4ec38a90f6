package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.CatalogInfo;
import io.github.cloudtrailschema.loading.UserModels;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version}: the tool's version, then the models in use (the newest botocore installed over
 * the embedded ones, by default) and their size.
 */
public final class VersionProvider implements IVersionProvider {
  @Spec CommandSpec spec;

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    CliContext ctx = spec == null ? null : root(spec).ctx();
    UserModels.InUse models =
        ctx == null ? UserModels.embedded() : GlobalOptions.of(spec).models(ctx);
    CatalogInfo info = models.catalog().info();
    String learned =
        ctx == null
            ? ""
            : GlobalOptions.of(spec)
                .overlay(ctx)
                .map(
                    o ->
                        "\nlearned from your logs: "
                            + o.file()
                            + " ("
                            + o.events().size()
                            + " events, "
                            + o.fieldCount()
                            + " field paths)")
                .orElse("");
    return new String[] {
      "cloudtrail-schema " + (version == null ? "dev" : version),
      "models: " + models.description() + learned,
      info.serviceCount()
          + " services, "
          + info.operationCount()
          + " operations, "
          + info.curatedEventCount()
          + " curated non-API events",
      "Java " + System.getProperty("java.version")
    };
  }

  private static RootCommand root(CommandSpec spec) {
    return (RootCommand) spec.root().userObject();
  }
}
