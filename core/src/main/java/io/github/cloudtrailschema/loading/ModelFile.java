package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.nio.file.Path;

/**
 * One service's model file, as a format selected it.
 *
 * @param name the service's name in its own layout (botocore's folder name, the jar file's stem)
 * @param version the API version the layout states ({@code 2010-05-08}), or empty
 */
record ModelFile(ModelFormat format, Path path, String name, String version) {
  LoadResult<ServiceModel> load() {
    return format.load(this);
  }
}
