package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ServiceModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Writes models in the layout {@link EmbeddedCatalog} reads: an index plus two files a service. */
public final class CatalogWriter {
  private CatalogWriter() {}

  public static void write(Path dir, String source, String date, List<ServiceModel> models)
      throws IOException {
    Files.createDirectories(dir);
    List<ServiceModel> sorted =
        models.stream().sorted(Comparator.comparing(ServiceModel::name)).toList();
    for (ServiceModel m : sorted) {
      try (DataOutputStream main = open(dir.resolve(m.name() + ".bin"));
          DataOutputStream docs = open(dir.resolve(m.name() + ".docs.bin"))) {
        ModelCodec.write(m, main, docs);
      }
    }
    try (DataOutputStream index = open(dir.resolve("index.bin"))) {
      index.writeInt(EmbeddedCatalog.INDEX_MAGIC);
      ModelCodec.string(index, source);
      ModelCodec.string(index, date);
      ModelCodec.varint(index, sorted.size());
      for (ServiceModel m : sorted) {
        ModelCodec.writeMetadata(index, m.metadata());
        ModelCodec.varint(index, m.operations().size());
      }
    }
  }

  /** The record envelope model, read by {@link ModelCatalog#envelope()}. */
  public static void writeEnvelope(Path dir, ServiceModel envelope) throws IOException {
    try (DataOutputStream main = open(dir.resolve(EmbeddedCatalog.ENVELOPE + ".bin"));
        DataOutputStream docs = open(dir.resolve(EmbeddedCatalog.ENVELOPE + ".docs.bin"))) {
      ModelCodec.write(envelope, main, docs);
    }
  }

  private static DataOutputStream open(Path p) throws IOException {
    OutputStream out = Files.newOutputStream(p);
    return new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
  }
}
