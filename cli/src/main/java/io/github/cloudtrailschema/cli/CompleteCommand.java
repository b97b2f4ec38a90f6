package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Hidden: prints the completion candidates for a partly typed word, one a line. */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(index = "0", arity = "0..1", defaultValue = "")
  String word;

  /** The word before: an option whose values are completed ({@code -f}, {@code --color}). */
  @Parameters(index = "1", arity = "0..1", defaultValue = "")
  String previous;

  /** The command being typed ({@code scan}), or empty for the root. */
  @Parameters(index = "2", arity = "0..1", defaultValue = "")
  String command;

  @Mixin ModelOptions models;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  CompleteCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** The command line's model of the command being typed (the root when none or unknown). */
  private picocli.CommandLine.Model.CommandSpec typed() {
    picocli.CommandLine.Model.CommandSpec root = spec.root();
    picocli.CommandLine sub = root.subcommands().get(command);
    return sub == null ? root : sub.getCommandSpec();
  }

  @Override
  public Integer call() {
    String lower = word.toLowerCase(Locale.ROOT);
    picocli.CommandLine.Model.CommandSpec at = typed();
    picocli.CommandLine.Model.OptionSpec valued = at.findOption(previous);
    if (previous.startsWith("-") && valued != null && valued.arity().min() > 0) {
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
      for (picocli.CommandLine.Model.OptionSpec o : at.options()) {
        for (String name : o.names()) {
          if (!o.hidden() && name.startsWith("--") && name.startsWith(word)) {
            ctx.out().println(name);
          }
        }
      }
      return ExitCodes.OK;
    }
    if (at != spec.root()) {
      // athena's commands; other commands' arguments are files, folders, s3:// URLs: the shell's
      for (String sub : new java.util.TreeSet<>(at.subcommands().keySet())) {
        if (sub.startsWith(lower)) {
          ctx.out().println(sub);
        }
      }
      return ExitCodes.OK;
    }
    if (!word.contains(".")) {
      for (String sub : new java.util.TreeSet<>(RootCommand.SUBCOMMANDS)) {
        if (!sub.startsWith("_") && sub.startsWith(lower)) {
          ctx.out().println(sub);
        }
      }
    }
    SelectorResolver resolver = new SelectorResolver(models.catalog());
    int dot = word.lastIndexOf('.');
    if (dot > 0) {
      String head = word.substring(0, dot);
      String tail = word.substring(dot + 1).toLowerCase(Locale.ROOT);
      Optional<String> service = resolver.locator().find(head);
      if (service.isPresent()) {
        ServiceModel model = models.catalog().load(service.get(), false);
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
    for (ServiceSummary s : models.catalog().services()) {
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
}
