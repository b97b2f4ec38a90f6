package io.github.cloudtrailschema.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The embedded catalogue names each service as botocore does; the models jar's names are gone. */
class ServiceNamesTest {
  private static final List<String> NAMES =
      ModelCatalog.embedded().services().stream().map(ServiceSummary::name).toList();

  @Test
  void everyRenamedModelIsInTheCatalogueUnderBotocoresNameOnly() {
    Map<String, String> aliases = ServiceNames.aliases();
    assertThat(aliases).containsEntry("api.ecr", "ecr").containsEntry("email", "ses");
    for (Map.Entry<String, String> a : aliases.entrySet()) {
      assertThat(NAMES).as(a.getKey()).contains(a.getValue()).doesNotContain(a.getKey());
    }
    Set<String> targets = new HashSet<>(aliases.values());
    assertThat(targets).as("two old names for one service").hasSameSizeAs(aliases.values());
  }

  @Test
  void theDuplicateOfEventBridgeIsLeftOut() {
    assertThat(ServiceNames.leftOut("events")).isTrue();
    assertThat(NAMES).doesNotHaveDuplicates().contains("events").doesNotContain("eventbridge");
    var events = ModelCatalog.embedded().load("events", false);
    assertThat(events.metadata().serviceId()).isEqualTo("EventBridge");
  }

  @Test
  void theIssuesExamplesHaveTheirAwsCliNames() {
    assertThat(NAMES)
        .contains(
            "ecr",
            "sagemaker",
            "pricing",
            "mediatailor",
            "servicecatalog-appregistry",
            "applicationcostprofiler")
        .doesNotContain("api.ecr", "api.sagemaker", "AWS242AppRegistry", "AWSApplicationCostProfiler");
  }
}
