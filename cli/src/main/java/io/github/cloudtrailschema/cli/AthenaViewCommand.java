package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.athena.CloudTrailTable;
import io.github.cloudtrailschema.athena.EventView;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code athena view SERVICE.Event}: a view with one typed column per field of the event. */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Print a view of an event with one typed column per field.",
      "",
      "A CREATE OR REPLACE VIEW over the CloudTrail table with one typed column per",
      "field of the event (json_extract_scalar + TRY_CAST, json_extract for lists,",
      "maps and free-form JSON), filtered on its eventSource and eventName.",
      ""
    })
public final class AthenaViewCommand implements Callable<Integer> {
  private final CliContext ctx;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SERVICE.Event", description = "The event, e.g. iam.CreatePolicy.")
  String selector;

  @Option(
      names = "--table",
      paramLabel = "T",
      defaultValue = CloudTrailTable.DEFAULT_TABLE,
      description = "The CloudTrail table to read (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(
      names = "--name",
      paramLabel = "V",
      description = "The view's name (default: cloudtrail_<service>_<event_name>).")
  String name;

  public AthenaViewCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ModelCatalog catalog = GlobalOptions.of(spec).catalog(ctx);
    Selector sel = new SelectorResolver(catalog).resolve(selector);
    if (sel.operation().isEmpty() || sel.part().isPresent()) {
      throw new UserError("athena view: expected SERVICE.Event (e.g. iam.CreatePolicy), got '"
          + selector + "'");
    }
    ServiceModel service = catalog.load(sel.service(), false);
    Operation op = service.operation(sel.operation().get()).orElseThrow();
    EventSchema event = new EventSchemas(service).of(op);
    EventView view;
    try {
      view = new EventView(event, table, name);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    ctx.out().println(view.sql());
    return ExitCodes.OK;
  }
}
