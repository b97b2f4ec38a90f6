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

  @Mixin ModelOptions models;

  private static final String[] OPTIONS = {
    "--docs",
    "--format",
    "--envelope",
    "--eventbridge",
    "--color",
    "--models",
    "--help",
    "--version"
  };

  CompleteCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.startsWith("-")) {
      for (String o : OPTIONS) {
        if (o.startsWith(word)) {
          ctx.out().println(o);
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
