package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceModel;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * botocore's data folder: {@code <service>/<api-version>/service-2.json}, or {@code
 * service-2.json.gz} as botocore has shipped since 2023. Of a service's API versions the newest is
 * used, as botocore's loader does (the greatest folder name); within one version the plain file
 * wins over the gzipped one.
 */
final class BotocoreFormat implements ModelFormat {
  static final String PLAIN = "service-2.json";
  static final String GZIP = "service-2.json.gz";

  @Override
  public List<ModelFile> select(List<Path> files) {
    Map<String, Path> best = new TreeMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Path version = f.getParent();
      if ((!name.equals(PLAIN) && !name.equals(GZIP))
          || version == null
          || version.getParent() == null) {
        continue;
      }
      String service = version.getParent().getFileName().toString();
      Path current = best.get(service);
      if (current == null || better(f, current)) {
        best.put(service, f);
      }
    }
    List<ModelFile> out = new ArrayList<>();
    best.forEach(
        (service, f) ->
            out.add(new ModelFile(this, f, service, f.getParent().getFileName().toString())));
    return out;
  }

  private static boolean better(Path candidate, Path current) {
    int byVersion =
        candidate
            .getParent()
            .getFileName()
            .toString()
            .compareTo(current.getParent().getFileName().toString());
    if (byVersion != 0) {
      return byVersion > 0;
    }
    return candidate.getFileName().toString().equals(PLAIN);
  }

  @Override
  public LoadResult<ServiceModel> load(ModelFile file) {
    String source = file.path().toString();
    var tree = C2jParser.readTree(source, new ByteArrayInputStream(ModelBytes.read(file.path())));
    return C2jParser.parse(file.name(), source, tree, ModelOrigin.BOTOCORE);
  }
}
