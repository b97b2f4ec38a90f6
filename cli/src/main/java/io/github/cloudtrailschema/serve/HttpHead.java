package io.github.cloudtrailschema.serve;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP/1.x request head as {@link ExplorerHttp} read it: the method, the target as a {@link
 * URI} (origin form: {@code /path?query}), the header fields by lower-case name (a repeated field
 * keeps its first value) and the client's address. The server reads no body: a request that
 * announces one is answered without reading it.
 */
record HttpHead(String method, URI uri, Map<String, String> headers, InetAddress client) {
  /** More header fields than any browser sends; a longer list is refused, not stored. */
  static final int MAX_FIELDS = 100;

  HttpHead {
    headers = Map.copyOf(headers);
  }

  /** A head the server answers itself, with the status to answer and why. */
  static final class Malformed extends Exception {
    final int status;

    Malformed(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  /**
   * Parses {@code bytes} (the head up to, not including, its empty line). Lines end in CRLF or a
   * bare LF; the request line is {@code METHOD SP TARGET SP HTTP/1.x}.
   */
  static HttpHead parse(byte[] bytes, int length, InetAddress client) throws Malformed {
    String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r?\n", -1);
    String[] request = lines[0].split(" ", -1);
    if (request.length != 3
        || request[0].isEmpty()
        || !request[0].chars().allMatch(c -> c >= 'A' && c <= 'Z')
        || !request[2].startsWith("HTTP/1.")) {
      throw new Malformed(400, "bad request line");
    }
    if (!request[1].startsWith("/")) {
      throw new Malformed(400, "bad request target");
    }
    URI uri;
    try {
      uri = new URI(request[1]);
    } catch (URISyntaxException e) {
      throw new Malformed(400, "bad request target"); // a backslash, a space, a stray '%'
    }
    if (lines.length - 1 > MAX_FIELDS) {
      throw new Malformed(431, "too many header fields");
    }
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(0, colon).chars().anyMatch(c -> c <= ' ')) {
        throw new Malformed(400, "bad header field");
      }
      headers.putIfAbsent(
          line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return new HttpHead(request[0], uri, headers, client);
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }
}
