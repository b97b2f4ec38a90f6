package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.scan.KeyFilter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Mixin: scan's filters, with scan's names and meanings, for the other commands that read logs as
 * scan does ({@code learn}): they prune by the key layout first, then drop the records outside.
 */
public final class ScanFilters {
  @Option(
      names = "--account",
      split = ",",
      paramLabel = "ID",
      description = "Only these accounts (repeatable or comma-separated).")
  List<String> accounts = new ArrayList<>();

  @Option(
      names = "--log-region",
      split = ",",
      paramLabel = "REGION",
      description = "Only logs of these regions (repeatable or comma-separated).")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "Only events at or after TIME: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC).")
  String since;

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description = "Only events up to TIME (a day counts whole).")
  String until;

  KeyFilter filter() {
    return ScanInputs.filter(accounts, regions, since, until);
  }
}
