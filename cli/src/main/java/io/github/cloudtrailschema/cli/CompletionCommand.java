package io.github.cloudtrailschema.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudtrail-schema completion [bash|zsh]}: prints a completion script. The script asks the
 * tool itself for candidates ({@code __complete}), so it completes every service and operation of
 * the catalogue in use without embedding 15,000 names.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for commands, options, formats and services.",
      "",
      "Commands, options, --format values, services and operations; for",
      "./cloudtrail-schema in a clone and for cloudtrail-schema on PATH alike.",
      "",
      "  source <(./cloudtrail-schema completion bash)",
      "  source <(./cloudtrail-schema completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "bash",
      paramLabel = "SHELL",
      description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  String shell;

  CompletionCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The function asks the command as it was typed ({@code ${COMP_WORDS[0]}}: {@code
   * ./cloudtrail-schema} in a clone, {@code cloudtrail-schema} on PATH) for the candidates of the
   * word being typed, given every word typed before it: an option is completed among the typed
   * command's own and the global ones (--models, --color, ...), which stand before or after it, and
   * an option's value among its candidates.
   */
  static final String FUNCTION =
      String.join(
          "\n",
          "_cloudtrail_schema() {",
          "  local cur=\"${COMP_WORDS[COMP_CWORD]}\"",
          "  local IFS=$'\\n'",
          "  COMPREPLY=( $(\"${COMP_WORDS[0]}\" __complete -- \"${COMP_WORDS[@]:1:COMP_CWORD}\""
              + " 2>/dev/null) )",
          "}",
          "complete -o nospace -o default -F _cloudtrail_schema cloudtrail-schema"
              + " ./cloudtrail-schema",
          "");

  @Override
  public Integer call() {
    switch (shell) {
      case "bash" -> ctx.out().print("# bash completion for cloudtrail-schema\n" + FUNCTION);
      case "zsh" ->
          ctx.out()
              .print(
                  "# zsh completion for cloudtrail-schema\n"
                      + "autoload -U +X bashcompinit && bashcompinit\n"
                      + FUNCTION);
      default -> throw new UserError("unknown shell '" + shell + "'; expected bash or zsh");
    }
    return ExitCodes.OK;
  }
}
