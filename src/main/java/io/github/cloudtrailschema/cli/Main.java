package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelLoadException;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The entry point. The only class that touches {@code System.out}, {@code System.in} and exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean console = System.console() != null;
    CliContext ctx =
        new CliContext(
            out, err, System.in, System.getenv(), isTerminal(1, console), isTerminal(2, console));
    int code = run(ctx, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java 17 can only tell that stdin and stdout
   * both are ({@code System.console()}), which is wrong for {@code scan ... > inventory.json}:
   * stdout is a file but stderr, where progress goes, is the terminal. On Linux the descriptor's
   * link says; elsewhere the console answer stands.
   */
  static boolean isTerminal(int fd, boolean console) {
    try {
      return isTerminalDevice(
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd))
              .toString());
    } catch (java.io.IOException | RuntimeException e) {
      return console;
    }
  }

  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
  }

  /** Runs the CLI with the given streams and an empty environment (tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(
        new CliContext(out, err, InputStream.nullInputStream(), Map.of(), false, false), args);
  }

  /** Runs the CLI in-process and returns its exit code. */
  public static int run(CliContext ctx, String... args) {
    if (isPlainShow(args)) {
      return runLean(ctx, args);
    }
    SearchRequest search =
        args.length > 0 && args[0].equals("search") ? SearchRequest.parseLean(args) : null;
    if (search != null) {
      return runLeanSearch(ctx, search);
    }
    int code = PicocliCli.commandLine(ctx).execute(args);
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /**
   * The common invocations ({@code cloudtrail-schema}, {@code cloudtrail-schema iam.CreatePolicy})
   * have no options. They skip picocli, whose start-up (reflection over annotations, annotation
   * proxies, type converters for java.time) costs several times the rest of the command, and whose
   * Java 5 class files cannot go into the class-data-sharing archive. Anything else, including
   * every option, help and subcommand, goes through picocli.
   */
  static boolean isPlainShow(String... args) {
    return args.length == 0
        || (args.length == 1
            && !args[0].startsWith("-")
            && !args[0].isEmpty()
            && !RootCommand.SUBCOMMANDS.contains(args[0]));
  }

  private static int runLean(CliContext ctx, String... args) {
    int code;
    try {
      code =
          ShowAction.run(
              ctx,
              io.github.cloudtrailschema.loading.ModelCatalog.embedded(),
              args.length == 0 ? null : args[0],
              false,
              ColorMode.auto.style(ctx));
    } catch (RuntimeException e) {
      code = handle(e, ctx);
    }
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /** {@code search} without picocli, for the same reason as {@link #runLean}. */
  private static int runLeanSearch(CliContext ctx, SearchRequest request) {
    int code;
    try {
      code = SearchAction.run(ctx, request);
    } catch (RuntimeException e) {
      code = handle(e, ctx);
    }
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  static int handle(Exception ex, CliContext ctx) {
    ctx.out().flush();
    if (ex instanceof UserError u) {
      ctx.err().println("cloudtrail-schema: " + oneLine(u.getMessage()));
      return u.exitCode();
    }
    if (ex instanceof ModelLoadException m) {
      ctx.err().println("cloudtrail-schema: model error: " + oneLine(m.getMessage()));
      return ExitCodes.MODEL;
    }
    if (ex instanceof UncheckedIOException io) {
      ctx.err().println("cloudtrail-schema: I/O error: " + oneLine(io.getCause().getMessage()));
      return ExitCodes.IO;
    }
    ctx.err().println("cloudtrail-schema: internal error: " + oneLine(String.valueOf(ex)));
    if (ctx.env().containsKey("CLOUDTRAIL_SCHEMA_DEBUG")) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      ctx.err().print(trace);
    } else {
      ctx.err().println("Set CLOUDTRAIL_SCHEMA_DEBUG=1 for the stack trace.");
    }
    return ExitCodes.INTERNAL;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
