package io.github.cloudtrailschema.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json} of the commands that print a report (check, lint, models): one
 * option, one check and one message for all of them.
 */
final class ReportFormatOption {
  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  /** Whether JSON was asked for; a value other than text or json is a usage error. */
  boolean json() {
    if (format.equals("json")) {
      return true;
    }
    if (format.equals("text")) {
      return false;
    }
    throw new UserError("unknown format '" + format + "'; expected text or json");
  }
}
