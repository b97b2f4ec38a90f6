package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --models} end to end: the same services from botocore's layout render exactly as the
 * embedded ones do, merged service by service, and bad models are reported and skipped.
 */
class ModelSourcesCliTest {
  static final Path FIXTURES = Path.of("src/test/resources/models");

  @TempDir static Path botocore;

  /**
   * The embedded models' own source files, from the models jar on the test class path, laid out as
   * botocore lays them out ({@code <service>/<version>/service-2.json.gz}); the catalogue names
   * ({@code lambda}) stay those of botocore's folders.
   */
  @BeforeAll
  static void botocoreCopiesOfEmbeddedServices() throws Exception {
    for (String file :
        List.of("iam-2010-05-08", "ec2-2016-11-15", "lambda-2015-03-31", "dynamodb-2012-08-10")) {
      String service = file.substring(0, file.indexOf('-'));
      String version = file.substring(file.indexOf('-') + 1);
      Path target = botocore.resolve(service + "/" + version + "/service-2.json.gz");
      Files.createDirectories(target.getParent());
      try (InputStream in =
              ModelSourcesCliTest.class.getResourceAsStream("/models/" + file + "-model.json");
          OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
        in.transferTo(out);
      }
    }
  }

  static List<List<String>> events() {
    return List.of(
        List.of("iam.CreatePolicy"),
        List.of("iam.CreatePolicy", "-f", "example"),
        List.of("ec2.RunInstances", "-f", "paths"),
        List.of("ec2.CreateSecurityGroup", "-f", "json-schema"),
        List.of("lambda.CreateFunction20150331"),
        List.of("dynamodb.PutItem", "-f", "example"),
        List.of("iam.CreatePolicy", "--docs"));
  }

  @ParameterizedTest
  @MethodSource("events")
  void botocoreFilesRenderExactlyAsTheEmbeddedModels(List<String> list) {
    String[] args = list.toArray(String[]::new);
    String embedded = CliResult.run(args).succeeded().stdout();
    String[] withModels = new String[args.length + 2];
    withModels[0] = "--models";
    withModels[1] = botocore.toString();
    System.arraycopy(args, 0, withModels, 2, args.length);
    assertThat(CliResult.run(withModels).succeeded().stdout()).isEqualTo(embedded);
  }

  @Test
  void listingAndVersionShowWhereEachServiceCameFrom() {
    String list = CliResult.run("--models", botocore.toString()).succeeded().stdout();
    assertThat(list).containsPattern("(?m)^iam +iam\\.amazonaws\\.com .* botocore ");
    assertThat(list).containsPattern("(?m)^sts +sts\\.amazonaws\\.com .* aws-java-sdk-models ");
    String version =
        CliResult.run("--models", botocore.toString(), "--version").succeeded().stdout();
    assertThat(version)
        .contains("models: the models in " + botocore + " over the embedded ones")
        .contains("381 services");
  }

  /**
   * botocore names an S3 list's element by its member's locationName ({@code "member": {"shape":
   * "Tag", "locationName": "Tag"}}): CloudTrail logs {@code TagSet.Tag}, and so must the paths of
   * the S3 model of an installed botocore (they said {@code TagSet.member}).
   */
  @Test
  void anS3ListElementIsNamedAsBotocoreNamesIt() {
    String paths =
        CliResult.run(
                "--models",
                FIXTURES.resolve("botocore-s3").toString(),
                "s3.PutBucketTagging",
                "--format",
                "paths")
            .succeeded()
            .stdout();
    assertThat(paths)
        .contains("requestParameters.Tagging.TagSet.Tag[].Key\t")
        .doesNotContain(".member");
  }

  @Test
  void theOperationListingNamesTheModelSource() {
    assertThat(CliResult.run("--models", botocore.toString(), "iam").succeeded().stdout())
        .contains("159 operations, model botocore)");
  }

  @Test
  void environmentVariableStandsForTheOption() {
    CliResult r =
        CliResult.run(
            InputStream.nullInputStream(),
            Map.of("CLOUDTRAIL_SCHEMA_MODELS", FIXTURES.resolve("smithy").toString()),
            "fixture.PutTree");
    r.succeeded();
    assertThat(r.stdout()).contains("eventSource: fixture.amazonaws.com");
  }

  @Test
  void autoUsesTheBotocoreOfThePythonOnPath(@TempDir Path home) throws Exception {
    Path data =
        io.github.cloudtrailschema.loading.InstalledModelsTestAccess.fakeBotocore(
            home.resolve("lib/site-packages"), "1.43.11");
    io.github.cloudtrailschema.loading.InstalledModelsTestAccess.fakePython(
        home.resolve("bin"), data.getParent());
    Map<String, String> env =
        Map.of(
            "PATH", home.resolve("bin").toString(),
            "HOME", home.toString(),
            "XDG_CACHE_HOME", home.resolve("cache").toString(),
            "CLOUDTRAIL_SCHEMA_SITES", "");
    for (int run = 0; run < 2; run++) { // the second from the cache
      CliResult r =
          CliResult.run(
              InputStream.nullInputStream(), env, "--models", "auto", "fixture.PutTree.output");
      // Which models are in use is said at a terminal only (DefaultModelsTest), never to a log.
      r.succeeded();
      assertThat(r.stdout()).contains("\"treeId\"");
    }
  }

  @Test
  void smithyAndC2jFixturesRenderAlike() {
    for (String op : List.of("PutTree", "Shapes", "NoInput", "NoOutput")) {
      for (String format : List.of("tree", "example", "json-schema")) {
        String c2j =
            CliResult.run(
                    "--models",
                    FIXTURES.resolve("fixtures").toString(),
                    "fixture." + op,
                    "-f",
                    format)
                .succeeded()
                .stdout();
        String smithy =
            CliResult.run(
                    "--models",
                    FIXTURES.resolve("smithy").toString(),
                    "fixture." + op,
                    "-f",
                    format)
                .succeeded()
                .stdout();
        assertThat(smithy).as(op + " " + format).isEqualTo(c2j);
      }
    }
  }

  @Test
  void badModelsAreReportedOneLineEachAndSkipped(@TempDir Path dir) throws Exception {
    Path good = Files.createDirectories(dir.resolve("fixture/2020-01-01"));
    Files.copy(
        FIXTURES.resolve("fixtures/fixture-2020-01-01-model.json"), good.resolve("service-2.json"));
    Path bad = Files.createDirectories(dir.resolve("broken/2020-01-01"));
    Files.writeString(bad.resolve("service-2.json.gz"), "not gzip");
    CliResult r = CliResult.run("--models", dir.toString(), "fixture.PutTree.output");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).contains("\"treeId\"");
    assertThat(r.stderr().lines())
        .containsExactly(
            "cloudtrail-schema: skipped "
                + bad.resolve("service-2.json.gz")
                + ": corrupt gzip (Not in GZIP format)",
            "cloudtrail-schema: 1 model file(s) skipped; the other services are usable");
  }

  @Test
  void nothingUsableIsAModelErrorInOneLine(@TempDir Path dir) throws Exception {
    Path bad = Files.createDirectories(dir.resolve("broken/2020-01-01"));
    Files.writeString(bad.resolve("service-2.json"), "{\"metadata\": ");
    CliResult r = CliResult.run("--models", dir.toString(), "iam");
    r.failedWithOneLine(ExitCodes.MODEL);
    assertThat(r.stderr()).contains("no usable models", "not valid JSON");
  }

  @Test
  void aMissingFolderIsAModelErrorInOneLine() {
    CliResult.run("--models", "/nonexistent/models", "iam").failedWithOneLine(ExitCodes.MODEL);
  }
}
