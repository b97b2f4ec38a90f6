package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.search.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudtrail-schema search WORDS...}: the events behind a question, a near-miss event name
 * or a field, across every service. The common forms skip picocli ({@link
 * SearchRequest#parseLean}); this class defines the options, their help and the rest.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Find the CloudTrail event behind a question, across every service.",
      "",
      "  cloudtrail-schema search security group opened to the internet",
      "  cloudtrail-schema search RunInstance      a near-miss event name",
      "  cloudtrail-schema search --field cidrIp   events with that field",
      "",
      "Each hit shows the command that prints its schema. Exit code 1 when nothing matches.",
      ""
    })
final class SearchCommand implements Callable<Integer> {
  private final CliContext ctx;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "WORDS",
      description = "What happened, in your words, or an event name.")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--field",
      paramLabel = "NAME",
      description =
          "Only events whose requestParameters/responseElements have this field, as CloudTrail"
              + " names it (policyDocument, ipPermissions, cidrIp).")
  String field;

  @Option(
      names = "--service",
      paramLabel = "SERVICE",
      description = "Only this service's events; any name a selector accepts (ec2, aws.iam).")
  String service;

  @Option(names = "--mutating", description = "Leave out read-only events.")
  boolean mutating;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "" + Query.DEFAULT_LIMIT,
      description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  SearchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("json")) {
      throw new UserError("unknown format '" + format + "'; expected table or json");
    }
    return SearchAction.run(
        ctx,
        GlobalOptions.of(spec).catalog(ctx),
        new SearchRequest(words, field, service, mutating, limit, format.equals("json")));
  }
}
