package io.github.cloudtrailschema.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The models' documentation HTML, cleaned by jsoup's {@link Safelist} allow-list and written as a
 * JSON element tree ({@code ["text", {"t": "p", "c": [...]}, {"t": "a", "href": "https://...",
 * "c": [...]}]}) that the page rebuilds with {@code createElement} and {@code textContent}: no
 * string of HTML from a model ever reaches {@code innerHTML}. Scripts, event-handler attributes and
 * non-http(s) links are dropped here, and the page checks tags and link schemes again.
 */
public final class DocHtml {
  /** The tags AWS documentation uses that a page may show; everything else keeps only its text. */
  static final Set<String> TAGS =
      Set.of("p", "ul", "ol", "li", "code", "a", "i", "b", "em", "strong", "br", "pre");

  private static final Safelist SAFELIST =
      Safelist.none()
          .addTags(TAGS.toArray(String[]::new))
          .addAttributes("a", "href")
          .addProtocols("a", "href", "https", "http");

  private DocHtml() {}

  /**
   * Cleaned documentation by its source HTML. Members share documentation across a service's
   * events (every {@code Tags} member, every shared structure), and cleaning through jsoup costs
   * more than the rest of an event's tree: a site export spends a third of its time here without
   * it. Not thread-safe: one per {@link EventJson}, which is one per thread.
   */
  static final class Cache {
    private static final int MAX = 20_000;
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Map<String, String> cleaned = new HashMap<>();

    void write(String html, JsonGenerator g) throws IOException {
      String json = cleaned.get(html);
      if (json == null) {
        StringWriter w = new StringWriter();
        try (JsonGenerator own = FACTORY.createGenerator(w)) {
          DocHtml.write(html, own);
        }
        json = w.toString();
        if (cleaned.size() >= MAX) {
          cleaned.clear(); // bounded memory in a long-running server; a miss only costs time
        }
        cleaned.put(html, json);
      }
      g.writeRawValue(json);
    }
  }

  /** Writes {@code html} as a JSON array of nodes (empty for blank documentation). */
  public static void write(String html, JsonGenerator g) throws IOException {
    g.writeStartArray();
    if (html != null && !html.isBlank()) {
      Document dirty = Jsoup.parseBodyFragment(html);
      Document clean = new Cleaner(SAFELIST).clean(dirty);
      children(clean.body(), g);
    }
    g.writeEndArray();
  }

  /** An element's children; neighbouring text (left by dropped tags) as one string. */
  private static void children(Element parent, JsonGenerator g) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Node n : parent.childNodes()) {
      if (n instanceof TextNode t) {
        text.append(t.text());
      } else if (n instanceof Element e) {
        flush(text, g);
        element(e, g);
      }
    }
    flush(text, g);
  }

  private static void flush(StringBuilder text, JsonGenerator g) throws IOException {
    if (text.length() > 0) {
      g.writeString(text.toString());
      text.setLength(0);
    }
  }

  private static void element(Element e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("t", e.tagName());
    String href = e.attr("href");
    if (e.tagName().equals("a") && (href.startsWith("https://") || href.startsWith("http://"))) {
      g.writeStringField("href", href);
    }
    if (e.childNodeSize() > 0) {
      g.writeArrayFieldStart("c");
      children(e, g);
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
