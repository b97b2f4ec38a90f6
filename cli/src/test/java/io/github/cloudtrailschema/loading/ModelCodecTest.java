package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.model.Protocol;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.testing.TestModels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelCodecTest {
  record Encoded(byte[] main, byte[] docs) {}

  static Encoded encode(ServiceModel m) throws IOException {
    ByteArrayOutputStream main = new ByteArrayOutputStream();
    ByteArrayOutputStream docs = new ByteArrayOutputStream();
    try (DataOutputStream a = new DataOutputStream(main);
        DataOutputStream b = new DataOutputStream(docs)) {
      ModelCodec.write(m, a, b);
    }
    return new Encoded(main.toByteArray(), docs.toByteArray());
  }

  static ServiceModel decode(Encoded e, boolean withDocs) throws IOException {
    return ModelDecoder.read(
        new DataInputStream(new ByteArrayInputStream(e.main())),
        withDocs ? new DataInputStream(new ByteArrayInputStream(e.docs())) : null);
  }

  /** Asserts that two models have equal operations and shapes (records compare by value). */
  static void assertSameModel(ServiceModel actual, ServiceModel expected) {
    assertThat(actual.metadata()).isEqualTo(expected.metadata());
    assertThat(actual.operations()).isEqualTo(expected.operations());
    assertThat(actual.shapeCount()).isEqualTo(expected.shapeCount());
    for (Shape s : expected.shapes()) {
      assertThat(actual.expectShape(s.id())).isEqualTo(s);
    }
  }

  @Test
  void roundTripsTheFixtureWithDocumentation() throws IOException {
    ServiceModel m = TestModels.fixture();
    ServiceModel back = decode(encode(m), true);
    assertSameModel(back, m);
    assertThat(back.documentation()).isEqualTo(m.documentation());
  }

  @Test
  void withoutTheDocsStreamMemberDocsAreEmptyButOperationDocsStay() throws IOException {
    ServiceModel m = TestModels.fixture();
    ServiceModel back = decode(encode(m), false);
    StructureShape req =
        (StructureShape)
            back.expectShape(m.operation("PutTree").orElseThrow().input().orElseThrow());
    assertThat(req.members()).extracting(Member::documentation).containsOnly("");
    assertThat(back.operation("PutTree").orElseThrow().documentation()).contains("recursive");
  }

  @Test
  void truncatedInputIsAModelLoadError() throws IOException {
    Encoded e = encode(TestModels.fixture());
    Encoded cut = new Encoded(Arrays.copyOf(e.main(), e.main().length / 2), e.docs());
    assertThatThrownBy(() -> decode(cut, false))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void embeddedCatalogueMatchesItsSourceForIam() {
    ModelCatalog c = ModelCatalog.embedded();
    // 382 models in the jar, CloudWatch Events left out as EventBridge's duplicate
    assertThat(c.info().serviceCount()).isEqualTo(381);
    assertThat(c.info().curatedEventCount()).isPositive();
    ServiceModel iam = c.load("iam", true);
    assertThat(iam.operations()).containsKey("CreatePolicy");
    assertThat(iam.metadata().protocol()).isEqualTo(Protocol.QUERY);
  }
}
