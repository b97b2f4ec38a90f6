package io.github.cloudtrailschema.cli;

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
          ctx.err().println("cloudtrail-schema: " + Main.oneLine(ex.getMessage()));
          ctx.err()
              .println(
                  "Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> Main.handle(ex, ctx));
    return cli;
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
