package io.github.cloudtrailschema.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The picocli side of {@link Main}, kept in its own class so that the lean start-up path never
 * loads picocli (its jar is not even opened).
 */
final class PicocliCli {
  private PicocliCli() {}

  /** The picocli command tree, wired to {@code ctx}. */
  static CommandLine commandLine(CliContext ctx) {
    CommandLine cli = new CommandLine(RootCommand.class, new Factory(ctx));
    cli.setOut(ctx.out());
    cli.setErr(ctx.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // "--format athena" names a format, though "athena" is also a subcommand.
    cli.setAllowSubcommandsAsOptionParameters(true);
    cli.setParameterExceptionHandler(
        (ex, argv) -> {
          String command = misspeltCommand(ex, argv);
          if (command != null) {
            ctx.err().println("cloudtrail-schema: " + command);
            ctx.err().println("Try 'cloudtrail-schema --help'.");
            return ExitCodes.USAGE;
          }
          ctx.err().println("cloudtrail-schema: " + io.github.cloudtrailschema.text.TerminalText.oneLine(ex.getMessage()));
          ctx.err()
              .println(
                  "Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> Main.handle(ex, ctx));
    cli.setExecutionStrategy(
        parsed -> {
          rejectDroppedArguments(parsed);
          try {
            rejectDocsOutsideShow(parsed);
            GlobalOptions.of(parsed.commandSpec()).check();
          } catch (RuntimeException e) {
            // One line, as every other error of a command (a ParameterException adds a second).
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "", e);
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    // Subcommands at every level (athena ddl too) answer --version as the root does: picocli
    // would print nothing and exit 0.
    shareVersion(cli, cli.getCommandSpec().versionProvider());
    // A value is split at commas as it is: no quoting, so 'a"b' is one value, not a picocli WARN
    // about unbalanced quotes naming Java types.
    cli.setSplitQuotedStrings(true);
    return cli;
  }

  private static void shareVersion(CommandLine c, CommandLine.IVersionProvider provider) {
    for (CommandLine sub : c.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(provider);
      shareVersion(sub, provider);
    }
  }

  /**
   * {@code scna ~/logs}: picocli reads 'scna' as the selector and complains of an unmatched
   * '~/logs'; when the first word is close to a command, that is what was meant.
   */
  private static String misspeltCommand(CommandLine.ParameterException ex, String[] argv) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException)
        || ex.getCommandLine().getParent() != null) {
      return null;
    }
    for (String a : argv) {
      if (a.startsWith("-")) {
        continue;
      }
      if (RootCommand.SUBCOMMANDS.contains(a) || a.contains(".")) {
        return null;
      }
      java.util.List<String> close =
          io.github.cloudtrailschema.trail.Suggestions.closest(a, RootCommand.commandNames(), 1);
      return close.isEmpty()
          ? null
          : "unknown command '"
              + io.github.cloudtrailschema.text.TerminalText.echo(a)
              + "'; did you mean "
              + close.get(0)
              + "?";
    }
    return null;
  }

  /**
   * picocli runs only the last command of {@code cloudtrail-schema iam.CreatePolicy scan DIR}: what
   * was typed before the subcommand would be dropped without a word. It is a usage error instead.
   */
  private static void rejectDroppedArguments(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
      if (pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) {
        return; // help answers whatever else was typed
      }
    }
    for (CommandLine.ParseResult pr = parsed; pr.hasSubcommand(); pr = pr.subcommand()) {
      List<CommandLine.Model.ArgSpec> own = new ArrayList<>();
      for (var arg : pr.matchedArgs()) {
        // The global options (--models, --color, ...) apply wherever they stand.
        if (arg.scopeType() != CommandLine.ScopeType.INHERIT) {
          own.add(arg);
        }
      }
      if (!own.isEmpty()) {
        String sub = pr.subcommand().commandSpec().name();
        List<String> typed = new ArrayList<>();
        for (var arg : own) {
          typed.add(
              arg.isOption()
                  ? ((CommandLine.Model.OptionSpec) arg).longestName()
                  : String.valueOf((Object) arg.getValue()));
        }
        throw new CommandLine.ParameterException(
            pr.commandSpec().commandLine(),
            "'"
                + String.join(" ", typed)
                + "' before '"
                + sub
                + "' would be ignored: "
                + sub
                + " takes its own arguments after its name");
      }
    }
  }

  /**
   * {@code --docs} is global so that it may stand anywhere, but only an event's tree (the root
   * command, and {@code athena} alone, which lists a service as the root does) shows documentation:
   * elsewhere it is refused, not silently ignored.
   */
  private static void rejectDocsOutsideShow(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    if (last == parsed || last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
      return;
    }
    String name = last.commandSpec().qualifiedName(" ");
    if (GlobalOptions.of(last.commandSpec()).docs && !name.equals("cloudtrail-schema athena")) {
      throw new UserError(
          "--docs applies to an event's tree (cloudtrail-schema SERVICE.OPERATION --docs), not"
              + " to "
              + last.commandSpec().name());
    }
  }

  /** Hands each command the context; picocli's default factory would need no-arg constructors. */
  private record Factory(CliContext ctx) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        var c = cls.getDeclaredConstructor(CliContext.class);
        c.setAccessible(true);
        return c.newInstance(ctx);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
