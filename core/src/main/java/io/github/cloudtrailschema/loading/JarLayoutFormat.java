package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceModel;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of {@code aws-java-sdk-models}: {@code <stem>-<api-version>-model.json} files ({@code
 * *-intermediate.json} files beside them are not models). Two files may share a stem; {@link
 * ServiceNaming} tells them apart after loading.
 */
final class JarLayoutFormat implements ModelFormat {
  @Override
  public List<ModelFile> select(List<Path> files) {
    List<ModelFile> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith("-model.json")) {
        String version = name.replaceAll("^.*-(\\d{4}-\\d{2}-\\d{2})-model\\.json$", "$1");
        out.add(
            new ModelFile(this, f, ServiceNaming.stem(name), version.equals(name) ? "" : version));
      }
    }
    return out;
  }

  @Override
  public LoadResult<ServiceModel> load(ModelFile file) {
    String source = file.path().toString();
    var tree = C2jParser.readTree(source, new ByteArrayInputStream(ModelBytes.read(file.path())));
    return C2jParser.parse(file.name(), source, tree, ModelOrigin.USER_FILE);
  }
}
