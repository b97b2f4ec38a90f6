package io.github.cloudtrailschema.walk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.testing.TestModels;
import org.junit.jupiter.api.Test;

class ShapeWalkerTest {
  private final ServiceModel fixture = TestModels.fixture();

  private Node.Struct walk(String op, RecordPart d) {
    return schema(op).part(d).root().orElseThrow();
  }

  private EventSchema schema(String op) {
    return new EventSchemas(fixture).of(fixture.operation(op).orElseThrow());
  }

  private static Node field(Node.Struct s, String name) {
    return s.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
  }

  @Test
  void recursiveShapeIsCutWhereItRecurs() {
    Node.Struct root = (Node.Struct) field(walk("PutTree", RecordPart.INPUT), "root");
    Node.ListOf children = (Node.ListOf) field(root, "children");
    assertThat(children.item()).isEqualTo(new Node.Cut(root.shape().id()));
  }

  @Test
  void siblingsSharingAShapeExpandIndependently() {
    Node.Struct req = walk("PutTree", RecordPart.INPUT);
    assertThat(field(req, "root")).isInstanceOf(Node.Struct.class);
    assertThat(field(req, "mirror"))
        .as("not cut: Tree is not on its own path")
        .isInstanceOf(Node.Struct.class);
  }

  @Test
  void mutualRecursionThroughMapsAndListsIsCut() {
    Node.Struct root = (Node.Struct) field(walk("PutTree", RecordPart.INPUT), "root");
    Node.MapOf attrs = (Node.MapOf) field(root, "attributes");
    Node.Struct value = (Node.Struct) attrs.value();
    Node.ListOf l = (Node.ListOf) field(value, "l");
    assertThat(l.item()).isInstanceOf(Node.Cut.class);
    assertThat(field(value, "m")).as("AttributeMap is on the path").isInstanceOf(Node.Cut.class);
  }

  @Test
  void listsOfMapsAndMapsOfListsResolve() {
    Node.Struct req = walk("Shapes", RecordPart.INPUT);
    Node.ListOf lom = (Node.ListOf) field(req, "listOfMaps");
    assertThat(((Node.MapOf) lom.item()).value()).isInstanceOf(Node.Leaf.class);
    Node.MapOf mol = (Node.MapOf) field(req, "mapOfLists");
    assertThat(((Node.ListOf) mol.value()).item()).isInstanceOf(Node.Leaf.class);
    assertThat(((Node.Struct) field(req, "nothing")).fields()).isEmpty();
    assertThat(field(req, "settings")).isInstanceOf(Node.Any.class);
  }

  @Test
  void missingHalvesAreEmpty() {
    assertThat(schema("NoInput").part(RecordPart.INPUT).root()).isEmpty();
    assertThat(schema("NoOutput").part(RecordPart.OUTPUT).root()).isEmpty();
    assertThat(schema("Shapes").part(RecordPart.OUTPUT).root())
        .as("empty output logs null")
        .isEmpty();
  }
}
