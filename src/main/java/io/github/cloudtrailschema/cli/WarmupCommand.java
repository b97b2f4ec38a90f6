package io.github.cloudtrailschema.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Hidden: the launcher's training run for its class-data-sharing archive. Runs the common commands
 * once, output discarded, so that the archive holds the classes they load.
 */
@Command(name = "__warmup", hidden = true)
final class WarmupCommand implements Callable<Integer> {
  WarmupCommand(CliContext ignored) {}

  @Override
  public Integer call() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    String[][] runs = {
      {},
      {"iam"},
      {"iam.CreatePolicy", "--docs"},
      {"ec2.DescribeInstances.output"},
      {"nosuchservice"},
      {"search", "security", "group", "opened", "to", "the", "internet"},
      {"search", "RunInstance", "--format", "json"},
      {"--help"},
      {"--version"}
    };
    for (String[] args : runs) {
      Main.run(sink, sink, args);
    }
    return ExitCodes.OK;
  }
}
