package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.render.OperationListRenderer;
import io.github.cloudtrailschema.render.OperationPage;
import io.github.cloudtrailschema.render.ServiceListRenderer;
import io.github.cloudtrailschema.render.Style;
import io.github.cloudtrailschema.walk.Direction;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.EventSchemas;
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
    if (selector == null) {
      ServiceListRenderer.render(catalog.info(), catalog.services(), style, ctx.out());
      return ExitCodes.OK;
    }
    Selector sel = new SelectorResolver(catalog).resolve(selector);
    ServiceModel service = catalog.load(sel.service(), docs);
    if (sel.operation().isEmpty()) {
      OperationListRenderer.render(service, style, ctx.out());
      return ExitCodes.OK;
    }
    Operation op = service.operation(sel.operation().get()).orElseThrow();
    EventSchemas schemas = new EventSchemas(service);
    EventSchema event =
        sel.direction().isPresent()
            ? schemas.of(op, java.util.EnumSet.of(sel.direction().get()))
            : schemas.of(op);
    List<Direction> parts = sel.direction().map(List::of).orElse(OperationPage.defaultParts(event));
    OperationPage.render(event, parts, style, docs, ctx.out());
    return ExitCodes.OK;
  }
}
