package io.github.cloudtrailschema.spark;

import io.github.cloudtrailschema.report.InventoryFormat;
import io.github.cloudtrailschema.scan.KeyFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's arguments, as {@code scan} spells them: {@code [--fields] [--format json|csv|table]
 * [--account ID[,ID...]]... [--log-region REGION[,REGION...]]... [--since TIME] [--until TIME]
 * [--out PATH] [--tasks N] INPUT...}. Hand-parsed: a job jar needs no CLI framework for a few
 * options; the filter's values are checked by {@link KeyFilter#of}, as {@code scan} checks them.
 *
 * @param filter accounts, log regions and time window, as {@code scan}'s options of those names
 * @param out where the report goes (any Hadoop path, {@code s3://} included), or null for stdout
 * @param tasks tasks to read with, or 0 to choose from the file count
 */
record JobArgs(
    List<String> inputs,
    boolean fields,
    InventoryFormat format,
    KeyFilter filter,
    String out,
    int tasks) {

  static final String USAGE =
      "usage: InventoryJob [--fields] [--format json|csv|table] [--account ID[,ID...]]..."
          + " [--log-region REGION[,REGION...]]... [--since TIME] [--until TIME] [--out PATH]"
          + " [--tasks N] INPUT...";

  /** Parses the arguments; a mistake is an {@link IllegalArgumentException} with one line. */
  static JobArgs parse(String... given) {
    String[] args = unglued(given);
    List<String> inputs = new ArrayList<>();
    boolean fields = false;
    InventoryFormat format = InventoryFormat.json;
    List<String> accounts = new ArrayList<>();
    List<String> regions = new ArrayList<>();
    String since = null;
    String until = null;
    String out = null;
    int tasks = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--fields" -> fields = true;
        case "--format" -> format = format(value(args, ++i, a));
        case "--account" -> accounts.addAll(List.of(value(args, ++i, a).split(",", -1)));
        case "--log-region" -> regions.addAll(List.of(value(args, ++i, a).split(",", -1)));
        case "--since" -> since = value(args, ++i, a);
        case "--until" -> until = value(args, ++i, a);
        case "--out" -> out = value(args, ++i, a);
        case "--tasks" -> tasks = tasks(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
          }
          inputs.add(a);
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no INPUT given; " + USAGE);
    }
    KeyFilter filter = KeyFilter.of(accounts, regions, since, until);
    return new JobArgs(List.copyOf(inputs), fields, format, filter, out, tasks);
  }

  /** {@code --since=2026-01-01} as two arguments, as {@code scan} (picocli) accepts it too. */
  private static String[] unglued(String[] args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 2) {
        if (a.startsWith("--fields=")) {
          throw new IllegalArgumentException("--fields takes no value; " + USAGE);
        }
        out.add(a.substring(0, eq));
        out.add(a.substring(eq + 1));
      } else {
        out.add(a);
      }
    }
    return out.toArray(String[]::new);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + ": a value is missing");
    }
    return args[i];
  }

  private static InventoryFormat format(String v) {
    try {
      return InventoryFormat.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format: expected json, csv or table, got " + v);
    }
  }

  private static int tasks(String v) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new IllegalArgumentException("--tasks: expected a positive number, got " + v);
  }
}
