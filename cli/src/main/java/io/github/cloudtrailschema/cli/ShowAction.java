package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.format.EventRenderer;
import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.format.RenderOptions;
import io.github.cloudtrailschema.format.tree.OperationPage;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.report.OperationListRenderer;
import io.github.cloudtrailschema.report.ServiceListRenderer;
import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.Envelope;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
import io.github.cloudtrailschema.walk.RecordSchema;
import java.util.List;

/**
 * What the root command does: list services, list a service's events, or show an event. Shared by
 * the picocli command and by {@link Main}'s lean start-up path, so both behave the same.
 */
final class ShowAction {
  private ShowAction() {}

  /**
   * @param selector {@code SERVICE[.OPERATION[.input|.output]]}, or null to list services
   */
  static int run(CliContext ctx, ModelCatalog catalog, String selector, boolean docs, Style style) {
    return run(ctx, catalog, selector, docs, style, OutputFormat.TREE, false, false);
  }

  /** --format, --eventbridge and --envelope shape an event: silently ignored otherwise. */
  private static void rejectEventOptions(boolean eventOnly, String what) {
    if (eventOnly) {
      throw new UserError(
          "--format, --eventbridge and --envelope apply to an event (SERVICE.OPERATION), not to "
              + what);
    }
  }

  static int run(
      CliContext ctx,
      ModelCatalog catalog,
      String selector,
      boolean docs,
      Style style,
      OutputFormat format,
      boolean eventBridge,
      boolean envelope) {
    boolean eventOnly = format != OutputFormat.TREE || eventBridge || envelope;
    if (eventBridge && format != OutputFormat.JSON_SCHEMA && format != OutputFormat.EXAMPLE) {
      // Options that would change nothing are refused, never silently ignored.
      throw new UserError(
          "--eventbridge wraps the record of --format json-schema or example in an EventBridge"
              + " event; --format "
              + format
              + " has no such form");
    }
    if (selector == null) {
      if (docs) {
        throw new UserError(
            "--docs applies to an event (SERVICE.OPERATION), not to the service list");
      }
      rejectEventOptions(eventOnly, "the service list");
      ServiceListRenderer.render(catalog.info(), catalog.services(), style, ctx.out());
      return ExitCodes.OK;
    }
    Selector sel = new SelectorResolver(catalog).resolve(selector);
    ServiceModel service = catalog.load(sel.service(), docs || format.usesDocs());
    if (sel.operation().isEmpty()) {
      rejectEventOptions(eventOnly, "a service's list of events");
      OperationListRenderer.render(service, style, ctx.out());
      return ExitCodes.OK;
    }
    Operation op = service.operation(sel.operation().get()).orElseThrow();
    EventSchemas schemas = new EventSchemas(service);
    if (format == OutputFormat.TREE && envelope) {
      EventSchema event = schemas.of(op);
      OperationPage.renderRecord(
          event, RecordSchema.of(event, catalog.envelope()), style, docs, ctx.out());
      return ExitCodes.OK;
    }
    if (format == OutputFormat.TREE && !eventBridge) {
      EventSchema event =
          sel.part().isPresent()
              ? schemas.of(op, java.util.EnumSet.of(sel.part().get()))
              : schemas.of(op);
      List<RecordPart> parts =
          sel.part().isPresent()
              ? List.of(sel.part().get())
              : OperationPage.defaultParts(event);
      OperationPage.render(event, parts, style, docs, ctx.out());
      return ExitCodes.OK;
    }
    EventSchema event = schemas.of(op);
    RenderOptions options =
        new RenderOptions(
            style, docs, eventBridge, sel.part(), format.envelope(catalog));
    EventRenderer renderer = format.renderer(options);
    renderer.render(event, ctx.out());
    ctx.out().flush();
    for (String note : renderer.notes(event)) {
      ctx.err().println("cloudtrail-schema: note: " + note);
    }
    return ExitCodes.OK;
  }
}
