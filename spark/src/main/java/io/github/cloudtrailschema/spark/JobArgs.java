package io.github.cloudtrailschema.spark;

import io.github.cloudtrailschema.render.InventoryFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's arguments, as {@code scan} spells them: {@code [--fields] [--format json|csv|table]
 * [--out PATH] [--tasks N] INPUT...}. Hand-parsed: a job jar needs no CLI framework for five
 * options.
 *
 * @param out where the report goes (any Hadoop path, {@code s3://} included), or null for stdout
 * @param tasks tasks to read with, or 0 to choose from the file count
 */
record JobArgs(
    List<String> inputs, boolean fields, InventoryFormat format, String out, int tasks) {

  static final String USAGE =
      "usage: InventoryJob [--fields] [--format json|csv|table] [--out PATH] [--tasks N] INPUT...";

  /** Parses the arguments; a mistake is an {@link IllegalArgumentException} with one line. */
  static JobArgs parse(String... args) {
    List<String> inputs = new ArrayList<>();
    boolean fields = false;
    InventoryFormat format = InventoryFormat.json;
    String out = null;
    int tasks = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--fields" -> fields = true;
        case "--format" -> format = format(value(args, ++i, a));
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
    return new JobArgs(List.copyOf(inputs), fields, format, out, tasks);
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
