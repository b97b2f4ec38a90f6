package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.model.Protocol;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.testing.TestModels;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three model formats {@code --models} reads, and what it does with bad files. */
class ModelFormatsTest {
  static final Path BOTOCORE = Path.of("src/test/resources/models/botocore");
  static final Path SMITHY = Path.of("src/test/resources/models/smithy");

  @Test
  void botocoreLayoutUsesTheNewestVersionAndReadsGzip() {
    ModelCatalog c = ModelCatalog.directory(BOTOCORE);
    assertThat(c.services()).extracting(ServiceSummary::name).containsExactly("fixture");
    ServiceModel m = c.load("fixture", false);
    assertThat(m.metadata().apiVersion()).isEqualTo("2020-01-01");
    assertThat(m.metadata().origin()).isEqualTo(ModelOrigin.BOTOCORE);
    assertThat(m.operations()).containsKeys("PutTree", "Shapes").doesNotContainKey("OldOnly");
    assertThat(c.skipped()).isEmpty();
  }

  @Test
  void plainJsonWinsOverGzipInOneVersion(@TempDir Path dir) throws Exception {
    Path v = Files.createDirectories(dir.resolve("fixture/2020-01-01"));
    Files.write(v.resolve("service-2.json.gz"), "not gzip".getBytes());
    Files.copy(
        TestModels.FIXTURES.resolve("fixture-2020-01-01-model.json"), v.resolve("service-2.json"));
    ModelCatalog c = ModelCatalog.directory(dir);
    assertThat(c.skipped()).isEmpty();
    assertThat(c.load("fixture", false).operations()).containsKey("PutTree");
  }

  @Test
  void smithyModelHasTheC2jFixturesOperationsAndShapes() {
    ModelCatalog c = ModelCatalog.directory(SMITHY);
    ServiceModel smithy = c.load("fixture", false);
    ServiceModel c2j = TestModels.fixture();
    assertThat(smithy.metadata().origin()).isEqualTo(ModelOrigin.SMITHY);
    assertThat(smithy.metadata().serviceId()).isEqualTo("Fixture");
    assertThat(smithy.metadata().fullName()).isEqualTo("Fixture Service");
    assertThat(smithy.metadata().protocol()).isEqualTo(Protocol.JSON);
    assertThat(smithy.metadata().targetPrefix()).contains("Fixture_20200101");
    assertThat(smithy.operations().keySet()).isEqualTo(c2j.operations().keySet());
    assertThat(smithy.operation("NoInput").orElseThrow().input()).isEmpty();
    assertThat(smithy.operation("NoOutput").orElseThrow().output()).isEmpty();
    assertThat(smithy.operation("NoInput").orElseThrow().httpMethod()).isEqualTo("GET");
    ScalarShape color = (ScalarShape) smithy.expectShape(new ShapeId("fixture", "Color"));
    assertThat(color.enumValues()).containsExactly("RED", "GREEN", "BLUE");
    StructureShape av =
        (StructureShape) smithy.expectShape(new ShapeId("fixture", "AttributeValue"));
    assertThat(av.union()).isTrue();
    StructureShape doc = (StructureShape) smithy.expectShape(new ShapeId("fixture", "Document"));
    assertThat(doc.document()).isTrue();
    StructureShape req =
        (StructureShape) smithy.expectShape(new ShapeId("fixture", "PutTreeRequest"));
    assertThat(req.member("Root").orElseThrow().required()).isTrue();
    assertThat(req.member("Root").orElseThrow().documentation()).isEqualTo("<p>The root node.</p>");
    ListShape groups = (ListShape) smithy.expectShape(new ShapeId("fixture", "GroupIdList"));
    assertThat(groups.member().locationName()).contains("groupId");
    assertThat(c.skipped()).isEmpty();
  }

  @Test
  void smithyTraitsBecomeWhatC2jStates(@TempDir Path dir) throws Exception {
    Path f = Files.createDirectories(dir.resolve("trail/service/2013-11-01"));
    Files.writeString(
        f.resolve("trail-2013-11-01.json"),
        """
{"smithy": "2.0", "shapes": {
  "a.b#Svc": {"type": "service", "version": "2013-11-01",
    "operations": [{"target": "a.b#Describe"}],
    "traits": {"aws.api#service": {"sdkId": "Trail Thing", "endpointPrefix": "trail",
                 "cloudTrailEventSource": "trailthing.amazonaws.com"},
               "aws.auth#sigv4": {"name": "trailsign"}, "aws.protocols#ec2Query": {}}},
  "a.b#Describe": {"type": "operation", "input": {"target": "a.b#In"},
    "output": {"target": "a.b#Out"}},
  "a.b#Base": {"type": "structure", "members": {
    "Token": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "x-token"}}}},
  "a.b#In": {"type": "structure", "mixins": [{"target": "a.b#Base"}], "members": {
    "Level": {"target": "a.b#Level", "traits": {"aws.protocols#ec2QueryName": "LevelQ",
      "smithy.api#xmlName": "level"}},
    "Gone": {"target": "a.b#Missing"}}},
  "a.b#Out": {"type": "structure", "members": {"Flag": {"target": "smithy.api#PrimitiveBoolean"}}},
  "a.b#Level": {"type": "intEnum", "members": {"LOW": {"target": "smithy.api#Unit",
    "traits": {"smithy.api#enumValue": 1}}}}
}}
""");
    ModelCatalog c = ModelCatalog.directory(dir);
    ServiceModel m = c.load("trail", false);
    assertThat(m.metadata().signingName()).isEqualTo("trailsign");
    assertThat(m.metadata().protocol()).isEqualTo(Protocol.EC2);
    assertThat(m.metadata().cloudTrailEventSource()).contains("trailthing.amazonaws.com");
    StructureShape in = (StructureShape) m.expectShape(new ShapeId("trail", "In"));
    assertThat(in.members()).extracting(x -> x.name()).containsExactly("Token", "Level");
    assertThat(in.member("Token").orElseThrow().location()).isEqualTo(Location.HEADER);
    assertThat(in.member("Token").orElseThrow().locationName()).contains("x-token");
    assertThat(in.member("Level").orElseThrow().queryName()).contains("LevelQ");
    assertThat(in.member("Level").orElseThrow().locationName()).contains("level");
    assertThat(((ScalarShape) m.expectShape(new ShapeId("trail", "Level"))).kind())
        .isEqualTo(ScalarKind.INTEGER);
    StructureShape out = (StructureShape) m.expectShape(new ShapeId("trail", "Out"));
    Object flag = m.expectShape(out.member("Flag").orElseThrow().target());
    assertThat(((ScalarShape) flag).kind()).isEqualTo(ScalarKind.BOOLEAN);
    assertThat(m.operation("Describe").orElseThrow().resultWrapper()).isEmpty();
  }

  @Test
  void badFilesAreSkippedOneLineEachAndTheRestLoads(@TempDir Path dir) throws Exception {
    byte[] good = Files.readAllBytes(TestModels.FIXTURES.resolve("fixture-2020-01-01-model.json"));
    write(dir.resolve("good/2020-01-01/service-2.json"), good);
    write(dir.resolve("corrupt/2020-01-01/service-2.json.gz"), "PK not a gzip".getBytes());
    byte[] gz = gzip(good);
    write(dir.resolve("cutgz/2020-01-01/service-2.json.gz"), Arrays.copyOf(gz, gz.length / 2));
    write(dir.resolve("cut/2020-01-01/service-2.json"), Arrays.copyOf(good, good.length / 2));
    write(dir.resolve("text/2020-01-01/service-2.json"), "hello, world".getBytes());
    write(
        dir.resolve("shared/service/2020-01-01/shared-2020-01-01.json"),
        "{\"smithy\": \"2.0\", \"shapes\": {\"a#S\": {\"type\": \"string\"}}}".getBytes());
    write(dir.resolve("notc2j/2020-01-01/service-2.json"), "{\"shapes\": {}}".getBytes());

    ModelCatalog c = ModelCatalog.directory(dir);
    assertThat(c.services()).extracting(ServiceSummary::name).containsExactly("good");
    assertThat(c.skipped()).hasSize(6);
    assertThat(c.skipped().stream().map(LoadProblem::toString))
        .allSatisfy(line -> assertThat(line).doesNotContain("\n"))
        .anySatisfy(l -> assertThat(l).contains("corrupt", "corrupt gzip"))
        .anySatisfy(l -> assertThat(l).contains("cutgz", "truncated gzip"))
        .anySatisfy(l -> assertThat(l).contains("cut/2020-01-01", "not valid JSON"))
        .anySatisfy(l -> assertThat(l).contains("text/2020-01-01", "not valid JSON"))
        .anySatisfy(l -> assertThat(l).contains("shared", "another kind", "no service shape"))
        .anySatisfy(l -> assertThat(l).contains("notc2j", "not a C2J model"));
  }

  @Test
  void aFolderWithNothingUsableFailsNamingTheFirstProblem(@TempDir Path dir) throws Exception {
    write(dir.resolve("x/2020-01-01/service-2.json.gz"), "junk".getBytes());
    write(dir.resolve("y/2020-01-01/service-2.json.gz"), "junk".getBytes());
    assertThatThrownBy(() -> ModelCatalog.directory(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("no usable models")
        .hasMessageContaining("corrupt gzip")
        .hasMessageContaining("and 1 more skipped");
  }

  static void write(Path file, byte[] bytes) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  static byte[] gzip(byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }
}
