package io.github.cloudtrailschema.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.example.ExampleRenderer;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code example} of every event of every service is recognised by {@code check} as that event,
 * with every field explained: the two ends of the schema agree.
 */
@Tag("slow")
class ExamplesPassCheckTest {
  @Test
  void everyExampleIsRecognisedAndFullyExplained() throws Exception {
    ModelCatalog catalog = ModelCatalog.embedded();
    RecordChecker checker = new RecordChecker(catalog);
    ExampleRenderer renderer = new ExampleRenderer(RenderOptions.defaults());
    ObjectMapper mapper = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    int events = 0;
    for (ServiceSummary s : catalog.services()) {
      ServiceModel model = catalog.load(s.name(), false);
      EventSchemas schemas = new EventSchemas(model);
      for (Operation op : model.operations().values()) {
        events++;
        EventSchema event = schemas.of(op);
        StringWriter out = new StringWriter();
        renderer.render(event, new PrintWriter(out));
        JsonNode record = mapper.readTree(out.toString());
        RecordCheck c = checker.check(record);
        String id = s.name() + "." + op.name();
        if (!c.recognised()) {
          failures.add(id + ": not recognised: " + c.reason());
        } else if (!c.event().get().operation().name().equals(op.name())) {
          failures.add(
              id
                  + ": recognised as "
                  + c.event().get().service().name()
                  + "."
                  + c.event().get().operation().name());
        } else {
          c.leaves().stream()
              .filter(l -> !l.explained())
              .limit(3)
              .forEach(l -> failures.add(id + ": " + l.path() + " " + l.status()));
        }
      }
    }
    assertThat(events).isGreaterThan(15_500);
    assertThat(failures).as("%d of %d events", failures.size(), events).isEmpty();
  }
}
