package io.github.cloudtrailschema.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The custodian format names a real Custodian resource type (not the {@code aws.account}
 * fallback) for most mutating events, over every event of every embedded model; the share is
 * printed, with the services that fall back most.
 */
@Tag("slow")
class CustodianCoverageTest {
  @Test
  void mostMutatingEventsHaveARealResourceType() throws Exception {
    ModelCatalog catalog = ModelCatalog.embedded();
    RenderOptions options = RenderOptions.defaults();
    int mutating = 0;
    int typed = 0;
    Map<String, Integer> fallbacks = new TreeMap<>();
    for (ServiceSummary s : catalog.services()) {
      ServiceModel model = catalog.load(s.name(), true);
      EventSchemas schemas = new EventSchemas(model);
      for (Operation op : model.operations().values()) {
        EventSchema event = schemas.of(op);
        if (event.readOnly()) {
          continue;
        }
        mutating++;
        String policy = AllFormatsTest.render(OutputFormat.CUSTODIAN, options, event);
        if (policy.contains("\n    resource: aws.account\n")) {
          fallbacks.merge(s.name(), 1, Integer::sum);
        } else {
          typed++;
        }
      }
    }
    double share = 100.0 * typed / mutating;
    StringBuilder top = new StringBuilder();
    fallbacks.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(25)
        .forEach(e -> top.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    System.err.printf(
        "custodian: %d of %d mutating events (%.1f %%) have a real resource type; falling back:%s%n",
        typed, mutating, share, top);
    assertThat(typed).isPositive();
  }
}
