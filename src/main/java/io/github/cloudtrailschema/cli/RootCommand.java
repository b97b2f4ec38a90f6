package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.render.OperationListRenderer;
import io.github.cloudtrailschema.render.OperationPage;
import io.github.cloudtrailschema.render.ServiceListRenderer;
import io.github.cloudtrailschema.render.Style;
import io.github.cloudtrailschema.trail.Conventions;
import io.github.cloudtrailschema.walk.Direction;
import io.github.cloudtrailschema.walk.EventStructure;
import io.github.cloudtrailschema.walk.ShapeWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudtrail-schema [SERVICE[.OPERATION[.input|.output]]]}: lists services, a service's
 * events, or shows an event's request parameters and response elements.
 */
@Command(
    name = "cloudtrail-schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "What an AWS CloudTrail event looks like, from the AWS API models.",
      "",
      "  cloudtrail-schema                            every service and its eventSource",
      "  cloudtrail-schema iam                        the service's operations (eventName)",
      "  cloudtrail-schema iam.CreatePolicy           description, requestParameters, responseElements",
      "  cloudtrail-schema iam.CreatePolicy.output    responseElements only (.input: requestParameters)",
      "",
      "A service may be named by its model name, endpoint prefix, signing name, service id,",
      "CloudTrail eventSource (iam.amazonaws.com) or EventBridge source (aws.iam); names are",
      "case-insensitive.",
      ""
    },
    subcommands = {CompletionCommand.class, CompleteCommand.class, ScanCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:batch work found problems (skipped or unexplained input)",
      "2:bad usage: unknown service, operation or option",
      "3:a model could not be loaded",
      "4:input or output failed",
      "70:internal error"
    })
public final class RootCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SELECTOR",
      description = "SERVICE[.OPERATION[.input|.output]]; omit to list every service.")
  String selector;

  @Option(names = "--docs", description = "Show each member's documentation as // comments.")
  boolean docs;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours NO_COLOR).")
  ColorMode color;

  @Mixin ModelOptions models;

  public RootCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Style style = color.style(ctx);
    if (selector == null) {
      ServiceListRenderer.render(
          models.catalog().info(), models.catalog().services(), style, ctx.out());
      return ExitCodes.OK;
    }
    Selector sel = new SelectorResolver(models.catalog()).resolve(selector);
    ServiceModel service = models.catalog().load(sel.service(), docs);
    if (sel.operation().isEmpty()) {
      OperationListRenderer.render(service, style, ctx.out());
      return ExitCodes.OK;
    }
    Operation op = service.operation(sel.operation().get()).orElseThrow();
    ShapeWalker walker = new ShapeWalker(service, Conventions.forService(service.metadata()));
    List<EventStructure> halves = new ArrayList<>();
    for (Direction d : sel.direction().map(List::of).orElse(List.of(Direction.values()))) {
      halves.add(walker.walk(op, d));
    }
    OperationPage.render(halves, style, docs, ctx.out());
    return ExitCodes.OK;
  }
}
