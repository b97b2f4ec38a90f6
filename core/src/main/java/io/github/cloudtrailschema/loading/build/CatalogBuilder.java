package io.github.cloudtrailschema.loading.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudtrailschema.loading.C2jParser;
import io.github.cloudtrailschema.loading.CatalogWriter;
import io.github.cloudtrailschema.loading.LoadProblem;
import io.github.cloudtrailschema.loading.LoadResult;
import io.github.cloudtrailschema.loading.ServiceNames;
import io.github.cloudtrailschema.loading.ServiceNaming;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Compiles the embedded catalogue. Arguments: the output folder, a label for the C2J models and a
 * label for the S3 SDK classes (both shown by {@code --version}).
 */
public final class CatalogBuilder {
  private static final String MODELS_MARKER =
      "META-INF/maven/com.amazonaws/aws-java-sdk-models/pom.properties";

  private CatalogBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: CatalogBuilder OUT_DIR CURATED_DIR MODELS_LABEL S3_LABEL");
    }
    long start = System.nanoTime();
    Path out = Path.of(args[0]);
    Path curated = Path.of(args[1]);
    List<ServiceModel> models = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    String date;
    try (JarFile jar = modelsJar()) {
      List<ServiceNaming.Candidate<JsonNode>> candidates = new ArrayList<>();
      List<JarEntry> entries = Collections.list(jar.entries());
      long newest = 0;
      for (JarEntry e : entries) {
        String n = e.getName();
        if (!n.startsWith("models/") || !n.endsWith("-model.json")) {
          continue; // also skips the *-intermediate.json twins
        }
        newest = Math.max(newest, e.getTime());
        String file = n.substring("models/".length());
        JsonNode tree;
        try (InputStream in = jar.getInputStream(e)) {
          tree = C2jParser.readTree(n, in);
        }
        String stem = ServiceNaming.stem(file);
        ServiceMetadata meta = C2jParser.metadata(stem, tree);
        candidates.add(
            new ServiceNaming.Candidate<>(stem, meta.apiVersion(), meta.serviceId(), tree));
      }
      date = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(newest), ZoneOffset.UTC).toString();
      // Each model under botocore's name for it (api.ecr -> ecr); a duplicate API is left out.
      for (LoadResult<ServiceModel> r :
          ServiceNaming.assign(
              candidates,
              (name, tree) ->
                  ServiceNames.leftOut(name)
                      ? null
                      : C2jParser.parse(
                          ServiceNames.of(name), "models/" + name, tree, ModelOrigin.C2J_MODELS))) {
        if (r != null) {
          models.add(r.value());
          problems.addAll(r.problems());
        }
      }
    }
    models.add(S3SdkImporter.importModel());
    models.addAll(curatedEvents(curated.resolve("events"), problems));
    CatalogWriter.write(out, args[2] + " + " + args[3], date, models);
    Path envelope = curated.resolve("envelope-model.json");
    if (Files.exists(envelope)) {
      CatalogWriter.writeEnvelope(out, parseCurated(envelope, "cloudtrail-record", problems));
    }
    for (LoadProblem p : problems) {
      System.out.println("[catalog] warning: " + p);
    }
    System.out.printf(
        "[catalog] %d services, %d operations -> %s (%d ms)%n",
        models.size(),
        models.stream().mapToInt(m -> m.operations().size()).sum(),
        out,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The project's curated models of non-API events, one file per event source family. */
  private static List<ServiceModel> curatedEvents(Path dir, List<LoadProblem> problems)
      throws IOException {
    List<ServiceModel> models = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return models;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("-model.json")).sorted().toList()) {
        models.add(parseCurated(f, ServiceNaming.stem(f.getFileName().toString()), problems));
      }
    }
    return models;
  }

  private static ServiceModel parseCurated(Path file, String name, List<LoadProblem> problems)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      LoadResult<ServiceModel> r = C2jParser.parse(name, file.toString(), in, ModelOrigin.CURATED);
      problems.addAll(r.problems());
      return r.value();
    }
  }

  private static JarFile modelsJar() throws IOException {
    URL marker = CatalogBuilder.class.getClassLoader().getResource(MODELS_MARKER);
    if (marker == null || !"jar".equals(marker.getProtocol())) {
      throw new IOException("com.amazonaws:aws-java-sdk-models is not on the build classpath");
    }
    JarURLConnection c = (JarURLConnection) marker.openConnection();
    c.setUseCaches(false);
    return new JarFile(Path.of(java.net.URI.create(c.getJarFileURL().toString())).toFile());
  }
}
