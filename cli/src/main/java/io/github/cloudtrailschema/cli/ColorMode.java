package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.text.Style;

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
                  // no-color.org: set and not empty; NO_COLOR= leaves colour on
                  && ctx.env().getOrDefault("NO_COLOR", "").isEmpty()
                  && !"dumb".equals(ctx.env().get("TERM")));
    };
  }
}
