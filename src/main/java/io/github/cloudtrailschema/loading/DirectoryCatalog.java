package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * C2J models from a folder: {@code *-model.json} files as in the models jar, or botocore's {@code
 * <service>/<version>/service-2.json} layout. Every file is parsed when the folder is scanned, so a
 * malformed file is reported at once with its path.
 */
final class DirectoryCatalog implements ModelCatalog {
  private final CatalogInfo info;
  private final List<ServiceSummary> services;
  private final Map<String, ServiceModel> models;

  private DirectoryCatalog(String source, Map<String, ServiceModel> models) {
    this.models = models;
    List<ServiceSummary> list = new ArrayList<>();
    models.values().forEach(m -> list.add(new ServiceSummary(m.metadata(), m.operations().size())));
    list.sort(Comparator.comparing(ServiceSummary::name));
    this.services = List.copyOf(list);
    this.info = CatalogInfo.of(source, "", services);
  }

  static DirectoryCatalog scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ModelLoadException(dir + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(p -> p.toString().endsWith(".json"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ModelLoadException(dir + ": cannot list: " + e.getMessage(), e);
    }
    List<ServiceNaming.Candidate<Loaded>> candidates = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith("-intermediate.json")) {
        continue;
      }
      if (!name.endsWith("-model.json") && !name.equals("service-2.json")) {
        continue;
      }
      String stem =
          name.equals("service-2.json")
                  && f.getParent() != null
                  && f.getParent().getParent() != null
              ? f.getParent().getParent().getFileName().toString()
              : ServiceNaming.stem(name);
      JsonNode tree;
      try (InputStream in = Files.newInputStream(f)) {
        tree = C2jParser.readTree(f.toString(), in);
      } catch (IOException e) {
        throw new ModelLoadException(f + ": cannot read: " + e.getMessage(), e);
      }
      ServiceMetadata meta = C2jParser.metadata(stem, tree);
      candidates.add(
          new ServiceNaming.Candidate<>(
              stem, meta.apiVersion(), meta.serviceId(), new Loaded(f.toString(), tree)));
    }
    if (candidates.isEmpty()) {
      throw new ModelLoadException(
          dir + ": no C2J models (*-model.json or <service>/<version>/service-2.json)");
    }
    Map<String, ServiceModel> models = new LinkedHashMap<>();
    for (ServiceModel m :
        ServiceNaming.assign(
            candidates,
            (n, l) -> C2jParser.parse(n, l.source(), l.tree(), ModelOrigin.USER_FILE).value())) {
      models.put(m.name(), m);
    }
    return new DirectoryCatalog(dir.toString(), models);
  }

  private record Loaded(String source, JsonNode tree) {}

  @Override
  public CatalogInfo info() {
    return info;
  }

  @Override
  public List<ServiceSummary> services() {
    return services;
  }

  @Override
  public ServiceModel load(String name, boolean withDocs) {
    ServiceModel m = models.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no service " + name);
    }
    return m;
  }
}
