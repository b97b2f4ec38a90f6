package io.github.cloudtrailschema.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's routes and its defences, over real HTTP on loopback. */
@Timeout(120)
class ExplorerServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ExplorerServer server;
  private static ExplorerServer hostile;

  @BeforeAll
  static void start() throws Exception {
    InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    server =
        ExplorerServer.start(
            new ExplorerData(new Catalogue(ModelCatalog.embedded()), SubstringSearch::new), any);
    hostile =
        ExplorerServer.start(
            new ExplorerData(
                new Catalogue(ModelCatalog.directory(Path.of("src/test/resources/models/xss"))),
                SubstringSearch::new),
            any,
            new RateLimiter(3, 0.001));
  }

  @AfterAll
  static void stop() {
    server.close();
    hostile.close();
  }

  private static HttpResponse<String> get(ExplorerServer s, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(s.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A raw request, for what HttpClient will not send. Returns the status line. */
  private static String raw(String request) throws Exception {
    URI u = server.uri();
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"", "api/services", "assets/app.js", "nope"}) {
      HttpResponse<String> r = get(server, path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValue(ExplorerServer.CSP);
      assertThat(ExplorerServer.CSP).contains("script-src 'self'").doesNotContain("unsafe");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void deepLinksGetThePageWithAnAbsoluteBase() throws Exception {
    HttpResponse<String> r = get(server, "event/iam.amazonaws.com/CreatePolicy");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.body()).contains("<base href=\"/\">", "assets/app.js").doesNotContain("<script>");
    assertThat(get(server, "service/iam").statusCode()).isEqualTo(200);
  }

  @Test
  void theApiAnswersServicesEventsAndSearch() throws Exception {
    assertThat(get(server, "api/service/iam").body()).contains("\"eventName\":\"CreatePolicy\"");
    assertThat(get(server, "api/event/iam.amazonaws.com/CreatePolicy").body())
        .contains("\"path\":\"requestParameters.policyName\"", "\"name\":\"athena\"");
    assertThat(get(server, "api/event/lambda.amazonaws.com/CreateFunction20150331").body())
        .contains("\"operation\":\"CreateFunction\"");
    assertThat(get(server, "api/search?q=CreatePolicy").body())
        .startsWith("{\"query\":\"CreatePolicy\",\"hits\":[{\"service\":\"iam\"");
    assertThat(get(server, "api/service/nosuch").statusCode()).isEqualTo(404);
    assertThat(get(server, "api/event/iam.amazonaws.com/NoSuchEvent").statusCode()).isEqualTo(404);
  }

  @Test
  void nothingCanBeWritten() throws Exception {
    for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(server.uri().resolve("api/services"))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(method).isEqualTo(405);
    }
  }

  @Test
  void pathTraversalFindsNothing() throws Exception {
    assertThat(raw("GET /assets/../pom.xml HTTP/1.1\r\nHost: x\r\n\r\n")).endsWith("400");
    assertThat(raw("GET /assets/..%2f..%2fpom.xml HTTP/1.1\r\nHost: x\r\n\r\n")).endsWith("400");
    assertThat(raw("GET /assets/%2e%2e/pom.xml HTTP/1.1\r\nHost: x\r\n\r\n")).endsWith("400");
    assertThat(get(server, "assets/app.js.map").statusCode()).isEqualTo(404);
    assertThat(get(server, "io/github/cloudtrailschema/serve/site/index.html").statusCode())
        .isEqualTo(404);
    assertThat(get(server, "api/service/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(400);
  }

  @Test
  void requestsWithABodyOrAHugeUriAreRefused() throws Exception {
    assertThat(raw("GET /api/services HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"))
        .endsWith("413");
    assertThat(raw("GET /api/search?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n"))
        .endsWith("414");
  }

  @Test
  void aClientOverItsRateIsTurnedAway() throws Exception {
    int refused = 0;
    for (int i = 0; i < 6; i++) {
      if (get(hostile, "api/services").statusCode() == 429) {
        refused++;
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(3);
  }

  @Test
  void hostileDocumentationArrivesAsInertData() throws Exception {
    ExplorerData data =
        new ExplorerData(
            new Catalogue(ModelCatalog.directory(Path.of("src/test/resources/models/xss"))),
            SubstringSearch::new);
    String json =
        new String(data.event("xss.amazonaws.com", "PutPayload").orElseThrow(), StandardCharsets.UTF_8);
    // Names, types and enum values are data the page sets as text; documentation is the HTML.
    String docs =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(json).findValues("doc").toString();
    assertThat(docs).contains("A javascript: link", "The body.");
    assertThat(docs.replace("A javascript: link", ""))
        .doesNotContainIgnoringCase("script")
        .doesNotContain("onerror", "iframe", "onclick", "svg", "img")
        .contains("{\"t\":\"a\",\"href\":\"https://docs.aws.amazon.com/\"");
  }
}
