package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.testing.TestModels;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class C2jParserTest {
  private static LoadResult<ServiceModel> parse(String json) {
    return parse(json, ModelOrigin.USER_FILE);
  }

  private static LoadResult<ServiceModel> parse(String json, ModelOrigin origin) {
    return C2jParser.parse(
        "t", "t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), origin);
  }

  private static final String DANGLING =
      """
      {"metadata": {"endpointPrefix": "t", "protocol": "json"},
       "operations": {"Op": {"name": "Op", "input": {"shape": "In"}, "output": {"shape": "Gone"}},
                      "Ok": {"name": "Ok", "input": {"shape": "S"}}},
       "shapes": {
         "In": {"type": "structure", "members": {"A": {"shape": "S"}, "B": {"shape": "Missing"}}},
         "L": {"type": "list", "member": {"shape": "Missing"}},
         "Odd": {"type": "fancy"},
         "S": {"type": "string"}}}
      """;

  @Test
  void parsesEveryShapeKindOfTheFixture() {
    ServiceModel m = TestModels.fixture();
    assertThat(m.metadata().endpointPrefix()).isEqualTo("fixture");
    assertThat(m.metadata().signingName())
        .as("defaults to the endpoint prefix")
        .isEqualTo("fixture");
    assertThat(m.operations()).containsOnlyKeys("PutTree", "Shapes", "NoInput", "NoOutput");
    assertThat(m.operation("NoInput").orElseThrow().input()).isEmpty();
    assertThat(m.operation("NoOutput").orElseThrow().output()).isEmpty();

    StructureShape req = (StructureShape) m.expectShape(new ShapeId("fixture", "PutTreeRequest"));
    assertThat(req.member("Root").orElseThrow().required()).isTrue();
    assertThat(req.member("Mirror").orElseThrow().required()).isFalse();

    ScalarShape color = (ScalarShape) m.expectShape(new ShapeId("fixture", "Color"));
    assertThat(color.enumValues()).containsExactly("RED", "GREEN", "BLUE");
    ScalarShape id = (ScalarShape) m.expectShape(new ShapeId("fixture", "Id"));
    assertThat(id.constraints().min()).hasValue(1);
    assertThat(id.constraints().pattern()).hasValue("[a-z0-9-]+");
    assertThat(((ScalarShape) m.expectShape(new ShapeId("fixture", "Timestamp"))).kind())
        .isEqualTo(ScalarKind.TIMESTAMP);
    assertThat(m.expectShape(new ShapeId("fixture", "TreeList"))).isInstanceOf(ListShape.class);
    assertThat(m.expectShape(new ShapeId("fixture", "AttributeMap"))).isInstanceOf(MapShape.class);
    assertThat(((StructureShape) m.expectShape(new ShapeId("fixture", "Document"))).document())
        .isTrue();
    assertThat(((StructureShape) m.expectShape(new ShapeId("fixture", "AttributeValue"))).union())
        .isTrue();
    ListShape groups = (ListShape) m.expectShape(new ShapeId("fixture", "GroupIdList"));
    assertThat(groups.member().locationName()).hasValue("groupId");
  }

  /** The embedded models (built from AWS's own files) stay lenient: the walk still works. */
  @Test
  void danglingReferencesAreDroppedAndReported() {
    LoadResult<ServiceModel> r = parse(DANGLING, ModelOrigin.C2J_MODELS);
    assertThat(r.problems())
        .extracting(LoadProblem::message)
        .anySatisfy(s -> assertThat(s).contains("In.B", "Missing"))
        .anySatisfy(s -> assertThat(s).contains("Gone"))
        .anySatisfy(s -> assertThat(s).contains("unknown type \"fancy\""))
        .anySatisfy(s -> assertThat(s).contains("list L"));
    ServiceModel m = r.value();
    assertThat(((StructureShape) m.expectShape(new ShapeId("t", "In"))).members())
        .extracting(io.github.cloudtrailschema.model.Member::name)
        .containsExactly("A");
    assertThat(m.operation("Op").orElseThrow().output()).isEmpty();
    ListShape l = (ListShape) m.expectShape(new ShapeId("t", "L"));
    assertThat(m.shape(l.member().target())).as("every reference resolves").isPresent();
  }

  /** A user's model: an operation that reaches a broken shape is skipped, the others kept. */
  @Test
  void aUserModelsOperationWithABrokenShapeIsSkipped() {
    LoadResult<ServiceModel> r = parse(DANGLING);
    assertThat(r.value().operations().keySet()).containsExactly("Ok");
    assertThat(r.problems())
        .filteredOn(LoadProblem::isOperation)
        .extracting(LoadProblem::toString)
        .containsExactly(
            "t.json: service t, operation Op skipped: output refers to missing shape \"Gone\"");
    assertThat(LoadProblem.whySkipped(r.problems(), "t", "op"))
        .hasValue("output refers to missing shape \"Gone\"");
    assertThat(LoadProblem.whySkipped(r.problems(), "t", "Ok")).isEmpty();
  }

  @Test
  void rejectsWhatIsNotAModel() {
    assertThatThrownBy(() -> parse("{\"metadata\": {}, \"shapes\": {}}"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("t.json: not a C2J model (no \"operations\" object)");
    assertThatThrownBy(() -> parse("[1, 2]"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> parse("{\"metadata\": "))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("t.json: not valid JSON");
  }
}
