package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External models merged over the embedded catalogue, service by service. */
class MergedCatalogTest {
  /** The fixture model as botocore would name a service: folder, service id, endpoint. */
  static void botocoreService(Path dir, String folder, String serviceId, String prefix)
      throws Exception {
    String json =
        Files.readString(TestModels.FIXTURES.resolve("fixture-2020-01-01-model.json"))
            .replace("\"serviceId\": \"Fixture\"", "\"serviceId\": \"" + serviceId + "\"")
            .replace("\"endpointPrefix\": \"fixture\"", "\"endpointPrefix\": \"" + prefix + "\"");
    ModelFormatsTest.write(
        dir.resolve(folder + "/2099-01-01/service-2.json.gz"),
        ModelFormatsTest.gzip(json.getBytes()));
  }

  @Test
  void overridesByServiceIdKeepsTheRestAndAddsNewServices(@TempDir Path dir) throws Exception {
    botocoreService(dir, "iam", "IAM", "iam");
    botocoreService(dir, "elbv2", "Elastic Load Balancing v2", "elasticloadbalancing");
    botocoreService(dir, "brandnew", "Brand New", "brandnew");
    ModelCatalog embedded = ModelCatalog.embedded();
    ModelCatalog merged = ModelCatalog.merged(embedded, ModelCatalog.directory(dir));

    assertThat(merged.services()).hasSize(embedded.services().size() + 1);
    ServiceSummary iam = find(merged, "iam");
    assertThat(iam.metadata().origin()).isEqualTo(ModelOrigin.BOTOCORE);
    assertThat(merged.load("iam", false).operations()).containsKey("PutTree");
    // Named by the embedded service it replaces (botocore's name), shape ids included.
    ServiceModel elb = merged.load("elbv2", true);
    assertThat(elb.metadata().origin()).isEqualTo(ModelOrigin.BOTOCORE);
    for (Shape s : elb.shapes()) {
      assertThat(s.id().service()).isEqualTo("elbv2");
    }
    assertThat(merged.services())
        .extracting(ServiceSummary::name)
        .doesNotContain("elasticloadbalancingv2");
    assertThat(find(merged, "brandnew").metadata().origin()).isEqualTo(ModelOrigin.BOTOCORE);
    // Services the folder lacks stay embedded, and so do curated event sets.
    assertThat(find(merged, "sts").metadata().origin()).isEqualTo(ModelOrigin.C2J_MODELS);
    assertThat(merged.load("sts", false).operations()).containsKey("AssumeRole");
    assertThat(find(merged, "signin").metadata().origin()).isEqualTo(ModelOrigin.CURATED);
    assertThat(merged.info().source()).startsWith("botocore " + dir).contains("3 services) over");
    assertThat(merged.envelope()).isPresent();
  }

  private static ServiceSummary find(ModelCatalog c, String name) {
    return c.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
