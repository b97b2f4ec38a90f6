package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.render.Style;

/** {@code --color}: colour when stdout is a terminal and {@code NO_COLOR} is unset, or forced. */
public enum ColorMode {
  auto,
  always,
  never;

  Style style(CliContext ctx) {
    return switch (this) {
      case always -> Style.ANSI;
      case never -> Style.PLAIN;
      case auto ->
          Style.of(
              ctx.terminal()
                  && !ctx.env().containsKey("NO_COLOR")
                  && !"dumb".equals(ctx.env().get("TERM")));
    };
  }
}
