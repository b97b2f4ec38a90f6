package io.github.cloudtrailschema.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "  cloudtrail-schema                     every service and its eventSource",
      "  cloudtrail-schema iam                 its events (eventName), one line each",
      "  cloudtrail-schema iam.CreatePolicy    requestParameters and responseElements",
      "  cloudtrail-schema iam.CreatePolicy.output       responseElements only",
      "  cloudtrail-schema iam.CreatePolicy -f example   a complete example record",
      "",
      "A service may be named by its model name, endpoint prefix, signing name,",
      "service id, eventSource (iam.amazonaws.com) or EventBridge source (aws.iam),",
      "in any case.",
      ""
    },
    subcommands = {
      ScanCommand.class,
      CheckCommand.class,
      LearnCommand.class,
      LintCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      AthenaCommand.class,
      CompletionCommand.class,
      CompleteCommand.class,
      WarmupCommand.class,
      ModelsCommand.class
    },
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

  @Mixin GlobalOptions global;

  @Mixin OutputOptions output;

  public RootCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  CliContext ctx() {
    return ctx;
  }

  /** The subcommands' names; {@link Main}'s lean path must not take these for selectors. */
  static final java.util.Set<String> SUBCOMMANDS =
      java.util.Set.of(
          "scan", "check", "learn", "lint", "search", "export", "serve", "athena", "models",
          "completion", "__complete", "__warmup");

  /** The commands a user types (not the hidden ones), for suggestions. */
  static java.util.List<String> commandNames() {
    return SUBCOMMANDS.stream().filter(c -> !c.startsWith("_")).sorted().toList();
  }

  @Override
  public Integer call() {
    return ShowAction.run(
        ctx,
        global.catalog(ctx),
        selector,
        global.docs,
        global.color.style(ctx),
        output.format,
        output.eventBridge,
        output.envelope);
  }
}
