package io.github.cloudtrailschema.loading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@code cloudtrail-schema models} reports: the model sources in use, the botocore
 * installations found, and the services the first of those has that the embedded models lack.
 *
 * @param inUse which models are in use, in words
 * @param sources the embedded catalogue first, then the external set merged over it, if any
 * @param installed botocore installations found ({@code --models auto} would use the first)
 * @param newer the installation {@link #missing} comes from, or null when none was found
 * @param missing services of {@code newer} (or of the external set in use) the embedded set lacks
 * @param learned what {@code learn} learned from the user's logs, merged over the models; null if
 *     nothing
 */
public record ModelsReport(
    String inUse,
    List<Source> sources,
    List<InstalledModels.Found> installed,
    String newer,
    List<String> missing,
    Learned learned) {

  /**
   * An overlay in use.
   *
   * @param file where it is kept
   * @param events events it holds
   * @param unmodelled of those, the events no model has
   * @param fields field paths it holds, over every event
   */
  public record Learned(String file, int events, int unmodelled, int fields) {}

  public ModelsReport withLearned(Learned l) {
    return new ModelsReport(inUse, sources, installed, newer, missing, l);
  }

  /**
   * One source of models.
   *
   * @param kind {@code embedded}, or the formats of an external set ({@code botocore})
   * @param location the models' name and version, or their folder
   * @param version botocore's version for a botocore folder, else empty
   * @param date the release date (embedded) or the folder's modification date, or empty
   * @param replaced for an external set: the embedded services it replaces
   * @param added for an external set: the services it adds
   * @param skipped for an external set: files that could not be used
   */
  public record Source(
      String kind,
      String location,
      String version,
      String date,
      int services,
      int operations,
      int replaced,
      int added,
      int skipped) {}

  /**
   * Builds the report for the models in use; looks for installations afresh (and keeps the answer
   * for the runs after), and may parse (and cache) the newest of them.
   */
  public static ModelsReport of(
      UserModels.InUse models, Map<String, String> env, Consumer<String> notes) {
    ModelCatalog inUse = models.catalog();
    List<Source> sources = new ArrayList<>();
    CatalogInfo e = ModelCatalog.embedded().info();
    sources.add(
        new Source(
            "embedded", e.source(), "", e.date(), e.serviceCount(), e.operationCount(), 0, 0, 0));
    List<String> missing = List.of();
    String newer = null;
    if (inUse instanceof MergedCatalog m) {
      CatalogInfo o = m.overlay().info();
      String location = o.source();
      String kind = location.contains(" ") ? location.substring(0, location.indexOf(' ')) : "";
      Path dir = Path.of(location.substring(kind.length()).trim());
      sources.add(
          new Source(
              kind,
              dir.toString(),
              InstalledModels.versionOfData(dir),
              modified(dir),
              o.serviceCount(),
              o.operationCount(),
              m.overridden(),
              m.services().size() - m.base().services().size(),
              m.skipped().size()));
      missing = m.added();
      newer = dir.toString();
    }
    List<InstalledModels.Found> installed = DetectionCache.refresh(env, ModelCache.root(env));
    if (!installed.isEmpty() && newer == null) {
      InstalledModels.Found f = installed.get(0);
      MergedCatalog m =
          new MergedCatalog(ModelCatalog.embedded(), UserModels.folder(f.data(), env, notes));
      missing = m.added();
      newer = f.data().toString();
    }
    return new ModelsReport(models.description(), sources, installed, newer, missing, null);
  }

  private static String modified(Path dir) {
    try {
      return Files.getLastModifiedTime(dir)
          .toInstant()
          .atOffset(ZoneOffset.UTC)
          .toLocalDate()
          .toString();
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
