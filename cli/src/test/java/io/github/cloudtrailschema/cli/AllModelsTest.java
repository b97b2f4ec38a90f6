package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.format.tree.OperationPage;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Walks and renders both halves of every operation of every embedded model. */
@Tag("slow")
class AllModelsTest {
  /** The largest expansion (quicksight dashboard definitions) renders to about 2 MB. */
  private static final int MAX_CHARS = 8_000_000;

  @Test
  void everyOperationOfEveryModelRendersBoundedOutput() {
    ModelCatalog catalog = ModelCatalog.embedded();
    int operations = 0;
    long largest = 0;
    String largestName = "";
    List<String> failures = new ArrayList<>();
    for (ServiceSummary s : catalog.services()) {
      ServiceModel model = catalog.load(s.name(), true);
      EventSchemas schemas = new EventSchemas(model);
      for (Operation op : model.operations().values()) {
        operations++;
        try {
          EventSchema event = schemas.of(op);
          StringWriter out = new StringWriter();
          OperationPage.render(
              event, List.of(RecordPart.values()), Style.PLAIN, true, new PrintWriter(out));
          if (out.getBuffer().length() > largest) {
            largest = out.getBuffer().length();
            largestName = s.name() + "." + op.name();
          }
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(s.name() + "." + op.name() + ": " + e);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(operations)
        .isEqualTo(catalog.info().operationCount() + catalog.info().curatedEventCount())
        .isGreaterThan(15_500);
    assertThat(largest).as("largest output: %s", largestName).isLessThan(MAX_CHARS);
  }
}
