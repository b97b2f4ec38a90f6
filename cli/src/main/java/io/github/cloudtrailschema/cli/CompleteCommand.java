package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Hidden: prints the completion candidates for a partly typed word, one a line. Given the words
 * typed before it too ({@code __complete -- export --format js}), an option is completed among
 * those of the command being typed: its own and the global ones, which stand before or after a
 * subcommand alike; the value of an option among its candidates ({@code -f}, {@code --color});
 * athena's commands after {@code athena}; services and selectors at the root and after {@code
 * export}. Other commands' arguments are files, folders and s3:// URLs: nothing is printed and the
 * shell completes them ({@code complete -o default}).
 */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {
  private final CliContext ctx;

  /** The words typed after the tool's name; the last is the one being completed. */
  @Parameters(arity = "0..*")
  List<String> words = new ArrayList<>();

  @Spec CommandSpec spec;

  CompleteCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    String word = words.isEmpty() ? "" : words.get(words.size() - 1);
    List<String> before = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
    String lower = word.toLowerCase(Locale.ROOT);
    CommandSpec at = typed(before);
    String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
    OptionSpec valued = previous.startsWith("-") ? at.findOption(previous) : null;
    if (valued != null && valued.arity().min() > 0) {
      // the value of an option: its candidates (formats, colour modes), else the shell's files
      if (valued.completionCandidates() != null) {
        for (String c : valued.completionCandidates()) {
          if (c.startsWith(word)) {
            ctx.out().println(c);
          }
        }
      }
      return ExitCodes.OK;
    }
    if (word.startsWith("-")) {
      for (String o : options(at)) {
        if (o.startsWith(word)) {
          ctx.out().println(o);
        }
      }
      return ExitCodes.OK;
    }
    String sub = subcommand(before);
    if (sub != null && !at.subcommands().isEmpty()) {
      for (String name : new java.util.TreeSet<>(at.subcommands().keySet())) {
        if (name.startsWith(lower)) {
          ctx.out().println(name);
        }
      }
      return ExitCodes.OK;
    }
    if (sub != null && !sub.equals("export")) {
      return ExitCodes.OK;
    }
    if (!word.contains(".") && sub == null) {
      for (String name : new java.util.TreeSet<>(RootCommand.SUBCOMMANDS)) {
        if (!name.startsWith("_") && name.startsWith(lower)) {
          ctx.out().println(name);
        }
      }
    }
    ModelCatalog catalog = GlobalOptions.lean(modelsTyped(before)).catalog(ctx);
    SelectorResolver resolver = new SelectorResolver(catalog);
    int dot = word.lastIndexOf('.');
    if (dot > 0) {
      String head = word.substring(0, dot);
      String tail = word.substring(dot + 1).toLowerCase(Locale.ROOT);
      Optional<String> service = resolver.locator().find(head);
      if (service.isPresent()) {
        ServiceModel model = catalog.load(service.get(), false);
        boolean any = false;
        for (String op : model.operations().keySet()) {
          if (op.toLowerCase(Locale.ROOT).startsWith(tail)) {
            ctx.out().println(head + "." + op);
            any = true;
          }
        }
        if (any) {
          return ExitCodes.OK;
        }
      }
      int prev = head.lastIndexOf('.');
      if (prev > 0 && resolver.locator().find(head.substring(0, prev)).isPresent()) {
        for (String d : new String[] {"input", "output"}) {
          if (d.startsWith(tail)) {
            ctx.out().println(head + "." + d);
          }
        }
        return ExitCodes.OK;
      }
    }
    // Every kind of service name a selector takes: catalogue name, eventSource, EventBridge source.
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (ServiceSummary s : catalog.services()) {
      names.add(s.name());
      names.add(EventSourceResolver.eventSource(s.metadata()));
      names.add(EventSourceResolver.eventBridgeSource(s.metadata()));
    }
    for (String name : names) {
      if (name.toLowerCase(Locale.ROOT).startsWith(lower)) {
        ctx.out().println(name);
      }
    }
    return ExitCodes.OK;
  }

  /** The subcommand among the words typed before, or null for the root command. */
  private static String subcommand(List<String> before) {
    for (String w : before) {
      if (RootCommand.SUBCOMMANDS.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** The command line's model of the command being typed (the root when none). */
  private CommandSpec typed(List<String> before) {
    String sub = subcommand(before);
    return sub == null ? spec.root() : spec.root().subcommands().get(sub).getCommandSpec();
  }

  /** The long options of the command being typed, global ones included, sorted. */
  private static java.util.Set<String> options(CommandSpec command) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (var o : command.options()) {
      if (!o.hidden()) {
        names.add(o.longestName());
      }
    }
    return names;
  }

  /** A {@code --models} typed on the line being completed: its services are the ones offered. */
  private static String modelsTyped(List<String> before) {
    String models = null;
    for (int i = 0; i < before.size(); i++) {
      String w = before.get(i);
      if (w.equals("--models") && i + 1 < before.size()) {
        models = before.get(i + 1);
      } else if (w.startsWith("--models=")) {
        models = w.substring("--models=".length());
      }
    }
    return models;
  }
}
