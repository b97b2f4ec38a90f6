package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.export.ExportException;
import io.github.cloudtrailschema.loading.ModelLoadException;
import io.github.cloudtrailschema.text.TerminalText;
import io.github.cloudtrailschema.text.TerminalWriter;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntSupplier;

/** The entry point. The only class that touches {@code System.out}, {@code System.in} and exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean console = System.console() != null;
    boolean terminal = isTerminal(1, console);
    Writer stdout =
        new BufferedWriter(
            // Not System.out: a PrintStream swallows write errors, and a failed write (a full
            // disk, a closed pipe) must reach the PrintWriter's error flag to exit 4.
            new OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16);
    // On a terminal, whatever a command prints passes the one sanitiser: no input drives it.
    PrintWriter out = new PrintWriter(terminal ? new TerminalWriter(stdout) : stdout);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CliContext ctx =
        new CliContext(out, err, System.in, System.getenv(), terminal, isTerminal(2, console));
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

  /**
   * Runs the CLI with the given streams, the embedded models pinned ({@code
   * CLOUDTRAIL_SCHEMA_MODELS=embedded}) and no other environment: output that depends on nothing
   * installed on the machine (tests, the launcher's training run).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(
        new CliContext(
            out,
            err,
            InputStream.nullInputStream(),
            Map.of(
                io.github.cloudtrailschema.loading.UserModels.ENV,
                io.github.cloudtrailschema.loading.UserModels.EMBEDDED),
            false,
            false),
        args);
  }

  /**
   * Runs the CLI in-process and returns its exit code. Whatever happens, one line: an error the JVM
   * throws (a stack overflow, memory exhausted) is an internal error, exit code 70, as documented,
   * and its trace is printed only with {@code CLOUDTRAIL_SCHEMA_DEBUG}.
   */
  public static int run(CliContext ctx, String... args) {
    try {
      return runCommand(ctx, args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return outputChecked(ctx, handle(e, ctx));
    }
  }

  private static int runCommand(CliContext ctx, String... args) {
    SearchRequest search =
        args.length > 0 && args[0].equals("search") ? SearchRequest.parseLean(args) : null;
    ScanCommand scan =
        args.length > 1 && args[0].equals("scan") ? ScanCommand.parseLean(ctx, args) : null;
    int code;
    if (scan != null) {
      code = lean(ctx, scan::call);
    } else if (isPlainShow(args)) {
      code = runLean(ctx, null, args); // the models of CLOUDTRAIL_SCHEMA_MODELS, else the default
    } else if (args.length == 3 && args[0].equals("--models") && isPlainShow(args[2])) {
      // --models DIR SELECTOR: as common with the user's own models, and as lean.
      code = runLean(ctx, args[1], args[2]);
    } else if (args.length == 2 && args[0].startsWith("--models=") && isPlainShow(args[1])) {
      code = runLean(ctx, args[0].substring("--models=".length()), args[1]);
    } else if (search != null) {
      code = lean(ctx, () -> SearchAction.run(ctx, GlobalOptions.lean(null).catalog(ctx), search));
    } else {
      code = PicocliCli.commandLine(ctx).execute(args);
    }
    return outputChecked(ctx, code);
  }

  /**
   * A tool run in scripts must not report success when its output was lost: a {@link PrintWriter}
   * keeps write errors to itself, so they are asked for once at the end.
   */
  private static int outputChecked(CliContext ctx, int code) {
    ctx.out().flush();
    if (ctx.out().checkError()) {
      ctx.err().println("cloudtrail-schema: I/O error: cannot write to standard output");
      code = ExitCodes.IO;
    }
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

  private static int runLean(CliContext ctx, String models, String... args) {
    return lean(
        ctx,
        () ->
            ShowAction.run(
                ctx,
                GlobalOptions.lean(models).catalog(ctx),
                args.length == 0 ? null : args[0],
                false,
                ColorMode.auto.style(ctx)));
  }

  /**
   * A command run without picocli ({@link #runLean}, {@code search}, {@code scan}): a fault is
   * reported as picocli's handler reports it; {@link #outputChecked} flushes.
   */
  private static int lean(CliContext ctx, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (RuntimeException e) {
      return handle(e, ctx);
    }
  }

  static int handle(Throwable ex, CliContext ctx) {
    ctx.out().flush();
    if (ex instanceof UserError u) {
      ctx.err().println("cloudtrail-schema: " + TerminalText.oneLine(u.getMessage()));
      return u.exitCode();
    }
    if (ex instanceof ExportException x) {
      ctx.err().println("cloudtrail-schema: " + TerminalText.oneLine(x.getMessage()));
      return ExitCodes.USAGE;
    }
    if (ex instanceof ModelLoadException m) {
      ctx.err().println("cloudtrail-schema: model error: " + TerminalText.oneLine(m.getMessage()));
      return ExitCodes.MODEL;
    }
    if (ex instanceof UncheckedIOException io) {
      ctx.err().println("cloudtrail-schema: I/O error: " + TerminalText.oneLine(io.getCause().getMessage()));
      return ExitCodes.IO;
    }
    ctx.err().println("cloudtrail-schema: internal error: " + TerminalText.oneLine(String.valueOf(ex)));
    if (ctx.env().containsKey("CLOUDTRAIL_SCHEMA_DEBUG")) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      ctx.err().print(trace);
    } else {
      ctx.err().println("Set CLOUDTRAIL_SCHEMA_DEBUG=1 for the stack trace.");
    }
    return ExitCodes.INTERNAL;
  }
}
