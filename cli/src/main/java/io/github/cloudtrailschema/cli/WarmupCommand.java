package io.github.cloudtrailschema.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Hidden: the launcher's training run for its class-data-sharing archive. Runs the common commands
 * once, output discarded, so that the archive holds the classes they load.
 */
@Command(name = "__warmup", hidden = true)
final class WarmupCommand implements Callable<Integer> {
  WarmupCommand(CliContext ignored) {}

  @Override
  public Integer call() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    String[][] runs = {
      {},
      {"iam"},
      {"iam.CreatePolicy", "--docs"},
      {"ec2.DescribeInstances.output"},
      {"nosuchservice"},
      {"search", "security", "group", "opened", "to", "the", "internet"},
      {"search", "RunInstance", "--format", "json"},
      {"--help"},
      {"--version"}
    };
    for (String[] args : runs) {
      Main.run(sink, sink, args);
    }
    warmUserModels(sink);
    warmScan(sink);
    return ExitCodes.OK;
  }

  /**
   * {@code scan} over one small gzipped log: its reader, decoder and worker classes go into the
   * archive too, a tenth of a second of every scan's start-up on a 2-core machine.
   */
  private static void warmScan(PrintWriter sink) {
    java.nio.file.Path tmp = null;
    try {
      tmp = java.nio.file.Files.createTempDirectory("cloudtrail-schema-warmup");
      java.nio.file.Path log = tmp.resolve("warm.json.gz");
      try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(log))) {
        out.write(WARM_LOG.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      Main.run(sink, sink, "scan", log.toString(), "--format", "json");
    } catch (java.io.IOException e) {
      // a training run that cannot write a temporary folder only makes a smaller archive
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static final String WARM_LOG =
      "{\"Records\": [{\"eventVersion\": \"1.08\", \"userIdentity\": {\"type\": \"IAMUser\","
          + " \"arn\": \"arn:aws:iam::111122223333:user/warm\", \"accountId\": \"111122223333\"},"
          + " \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventSource\": \"iam.amazonaws.com\","
          + " \"eventName\": \"GetUser\", \"awsRegion\": \"us-east-1\","
          + " \"requestParameters\": {\"userName\": \"warm\"}, \"responseElements\": null,"
          + " \"readOnly\": true, \"recipientAccountId\": \"111122223333\"}]}";

  /**
   * The default models, twice, over a one-service botocore installed in a temporary folder: the
   * first run finds it, parses it and writes the caches, the second reads them, as a user's warm
   * runs do; then {@code --models DIR}, as common with a folder of one's own.
   */
  private static void warmUserModels(PrintWriter sink) {
    java.nio.file.Path tmp = null;
    try {
      tmp = java.nio.file.Files.createTempDirectory("cloudtrail-schema-warmup");
      java.nio.file.Path botocore = tmp.resolve("site/botocore");
      java.nio.file.Path model =
          java.nio.file.Files.createDirectories(botocore.resolve("data/warm/2020-01-01"));
      java.nio.file.Files.writeString(botocore.resolve("__init__.py"), "__version__ = '1.0.0'\n");
      try (var out =
          new java.util.zip.GZIPOutputStream(
              java.nio.file.Files.newOutputStream(model.resolve("service-2.json.gz")))) {
        out.write(WARM_MODEL.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      var env =
          java.util.Map.of(
              "XDG_CACHE_HOME",
              tmp.resolve("cache").toString(),
              io.github.cloudtrailschema.loading.InstalledModels.SITES_ENV,
              tmp.resolve("site").toString());
      var ctx =
          new CliContext(sink, sink, java.io.InputStream.nullInputStream(), env, false, false);
      for (int i = 0; i < 2; i++) {
        Main.run(ctx, "warm.Get.output");
      }
      Main.run(ctx, "--models", botocore.resolve("data").toString(), "warm.Get.output");
      // What a learned overlay in its default place adds: its reading, the merge, the fields.
      java.nio.file.Files.writeString(
          tmp.resolve("cache/cloudtrail-schema/overlay.json"), WARM_OVERLAY);
      Main.run(ctx, "warm.Get.output");
    } catch (java.io.IOException e) {
      // a training run that cannot write a temporary folder only makes a smaller archive
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static void deleteQuietly(java.nio.file.Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = java.nio.file.Files.walk(dir)) {
      for (var p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    } catch (java.io.IOException | RuntimeException e) {
      // best effort
    }
  }

  private static final String WARM_OVERLAY =
      "{\"format\": \"cloudtrail-schema overlay\", \"version\": 1, \"events\": [{\"eventSource\":"
          + " \"warm.amazonaws.com\", \"eventName\": \"Get\", \"records\": 1, \"fields\":"
          + " [{\"path\": \"responseElements.extra\", \"types\": [\"string\"], \"records\": 1}]}]}";

  private static final String WARM_MODEL =
      "{\"metadata\": {\"apiVersion\": \"2020-01-01\", \"endpointPrefix\": \"warm\","
          + " \"protocol\": \"json\", \"serviceId\": \"Warm\"},"
          + " \"operations\": {\"Get\": {\"name\": \"Get\", \"output\": {\"shape\": \"Out\"}}},"
          + " \"shapes\": {\"Out\": {\"type\": \"structure\", \"members\":"
          + " {\"Id\": {\"shape\": \"Id\"}}}, \"Id\": {\"type\": \"string\"}}}";
}
