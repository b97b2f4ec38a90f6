package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.model.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Smithy 2.0 JSON AST models in the layout of {@code aws/api-models-aws}: {@code
 * <service>/service/<api-version>/<service>-<api-version>.json}, the newest version per service.
 * {@link SmithyModelParser} turns one file into a service model.
 */
final class SmithyFormat implements ModelFormat {

  @Override
  public List<ModelFile> select(List<Path> files) {
    Map<String, Path> best = new TreeMap<>();
    for (Path f : files) {
      Path version = f.getParent();
      Path kind = version == null ? null : version.getParent();
      Path service = kind == null ? null : kind.getParent();
      if (service == null
          || !f.getFileName().toString().endsWith(".json")
          || !kind.getFileName().toString().equals("service")) {
        continue;
      }
      String name = service.getFileName().toString();
      Path current = best.get(name);
      if (current == null
          || version(f).compareTo(version(current)) > 0
          || (version(f).equals(version(current)) && f.compareTo(current) < 0)) {
        best.put(name, f);
      }
    }
    List<ModelFile> out = new ArrayList<>();
    best.forEach((name, f) -> out.add(new ModelFile(this, f, name, version(f))));
    return out;
  }

  private static String version(Path f) {
    return f.getParent().getFileName().toString();
  }

  @Override
  public LoadResult<ServiceModel> load(ModelFile file) {
    String source = file.path().toString();
    JsonNode root = ModelJson.read(source, ModelBytes.read(file.path()));
    return SmithyModelParser.parse(file.name(), source, root);
  }
}
