package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.nio.file.Path;
import java.util.List;

/**
 * One on-disk layout of AWS API models: botocore's data folder, the models jar's {@code
 * *-model.json} files, Smithy JSON AST files. A format picks its files out of a folder's files and
 * parses one file into a {@link ServiceModel}; past this point only {@link
 * io.github.cloudtrailschema.model.ServiceMetadata#origin()} says which format a service came from.
 */
interface ModelFormat {
  /** The model files of this format among {@code files} (all regular files under a folder). */
  List<ModelFile> select(List<Path> files);

  /**
   * Parses one file this format selected.
   *
   * @throws ModelLoadException when the file cannot be used at all
   */
  LoadResult<ServiceModel> load(ModelFile file);

  /** The formats {@code --models DIR} understands. */
  static List<ModelFormat> all() {
    return List.of(new BotocoreFormat(), new JarLayoutFormat(), new SmithyFormat());
  }
}
