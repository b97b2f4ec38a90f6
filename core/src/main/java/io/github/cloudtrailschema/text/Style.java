package io.github.cloudtrailschema.text;

/**
 * Terminal colours, or none. The command decides once (terminal, {@code NO_COLOR}, {@code
 * --color}); renderers only ask for a role.
 */
public final class Style {
  public static final Style PLAIN = new Style(false);
  public static final Style ANSI = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  public static Style of(boolean colour) {
    return colour ? ANSI : PLAIN;
  }

  public boolean enabled() {
    return enabled;
  }

  public String key(String s) {
    return wrap("34", s); // blue
  }

  public String type(String s) {
    return wrap("32", s); // green
  }

  public String heading(String s) {
    return wrap("1", s); // bold
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String warn(String s) {
    return wrap("33", s); // yellow
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
