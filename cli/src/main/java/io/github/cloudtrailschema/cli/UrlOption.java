package io.github.cloudtrailschema.cli;

import java.net.URI;
import java.net.URISyntaxException;

/** An option whose value is a server's URL ({@code --endpoint-url}, {@code --trino}). */
final class UrlOption {
  private UrlOption() {}

  /**
   * {@code text} as an http or https URL with a host; anything else is a usage error naming the
   * option, before any client is built on it.
   */
  static URI parse(String option, String text) {
    try {
      URI u = new URI(text);
      if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        throw new URISyntaxException(text, "no http(s) scheme or host");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new UserError(option + ": not a URL (http[s]://host[:port]): " + text);
    }
  }
}
