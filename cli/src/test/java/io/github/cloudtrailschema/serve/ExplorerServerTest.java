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
    assertThat(raw("GET /assets/../pom.xml HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).endsWith("400");
    assertThat(raw("GET /assets/..%2f..%2fpom.xml HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).endsWith("400");
    assertThat(raw("GET /assets/%2e%2e/pom.xml HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).endsWith("400");
    assertThat(get(server, "assets/app.js.map").statusCode()).isEqualTo(404);
    assertThat(get(server, "io/github/cloudtrailschema/serve/site/index.html").statusCode())
        .isEqualTo(404);
    assertThat(get(server, "api/service/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(400);
  }

  @Test
  void requestsWithABodyOrAHugeUriAreRefused() throws Exception {
    assertThat(raw("GET /api/services HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello"))
        .endsWith("413");
    assertThat(raw("GET /api/search?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
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

  /** The whole answer to a raw request: status line, header fields and body. */
  private static String rawAnswer(ExplorerServer s, String request) throws Exception {
    URI u = s.uri();
    try (Socket socket = new Socket(u.getHost(), u.getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Issue 24: clients that send half a request head and wait held all four of the JDK server's
   * workers, and every other request waited as long as they did. Here heads are read without a
   * worker: sixty such clients, more than there are workers and queue slots together would matter,
   * and a normal request is answered at once.
   */
  @Test
  void idleClientsDoNotStopANormalRequest() throws Exception {
    URI u = server.uri();
    java.util.List<Socket> idle = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 60; i++) {
        Socket s = new Socket(u.getHost(), u.getPort());
        s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        idle.add(s);
      }
      Thread.sleep(200); // let the server see every one of them
      long start = System.nanoTime();
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(server.uri().resolve("api/service/iam"))
                  .timeout(java.time.Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(millis).as("milliseconds to answer beside 60 idle clients").isLessThan(2_000);
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  /**
   * DNS rebinding: bound to loopback, the server answers only requests naming a loopback host; a
   * page of another name that resolves to 127.0.0.1 gets nothing from it.
   */
  @Test
  void onlyLoopbackNamesAreAnswered() throws Exception {
    assertThat(rawAnswer(server, "GET /api/services HTTP/1.1\r\nHost: evil.example\r\n\r\n"))
        .startsWith("HTTP/1.1 421 ")
        .contains("Content-Security-Policy: ");
    assertThat(
            rawAnswer(server, "GET /api/services HTTP/1.1\r\nHost: localhost:8080\r\n\r\n"))
        .startsWith("HTTP/1.1 200 ");
    assertThat(ExplorerServer.loopbackHost("[::1]:80")).isTrue();
    assertThat(ExplorerServer.loopbackHost("127.0.0.1")).isTrue();
    assertThat(ExplorerServer.loopbackHost("127.0.0.1.evil.example")).isFalse();
    assertThat(ExplorerServer.loopbackHost("localhost.evil.example:80")).isFalse();
  }

  /** A head that does not arrive in time is answered 408, with the headers, and closed. */
  @Test
  void aHeadThatNeverEndsIsTimedOut() throws Exception {
    InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (ExplorerServer quick =
        ExplorerServer.start(
            new ExplorerData(new Catalogue(ModelCatalog.embedded()), SubstringSearch::new),
            any,
            new RateLimiter(400, 200),
            new ExplorerHttp.Limits(1, 1, 4, 1024, 300, 1_000))) {
      long start = System.nanoTime();
      String answer = rawAnswer(quick, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 3_000L);
      assertThat(answer).startsWith("HTTP/1.1 408 ").contains("Content-Security-Policy: ");
      // past the cap of 4 open connections, a new one is dropped; the server answers after
      java.util.List<Socket> held = new java.util.ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          held.add(new Socket(quick.uri().getHost(), quick.uri().getPort()));
        }
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
      // the server sees the held connections close on its own time: it answers again once it has
      String after = "";
      for (int attempt = 0; attempt < 50 && !after.startsWith("HTTP/1.1 200 "); attempt++) {
        try {
          after = rawAnswer(quick, "GET /api/services HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        } catch (java.io.IOException dropped) {
          Thread.sleep(100); // still at its cap: this connection was dropped
        }
      }
      assertThat(after).startsWith("HTTP/1.1 200 ");
    }
  }

  /**
   * A head the server cannot read is refused by the server itself: before, the JDK's bare error
   * page, without the security headers (a backslash in the path, a request line of one word).
   */
  @Test
  void malformedHeadsAreRefusedWithTheSecurityHeaders() throws Exception {
    for (String head :
        new String[] {
          "GET /\\ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
          "GET /a%zz HTTP/1.1\r\n\r\n",
          "HELLO\r\n\r\n",
          "GET / HTTP/1.1\r\nno colon here\r\n\r\n",
          "GET http://example.com/ HTTP/1.1\r\n\r\n"
        }) {
      String answer = rawAnswer(server, head);
      assertThat(answer)
          .as(head)
          .startsWith("HTTP/1.1 400 ")
          .contains(
              "Content-Security-Policy: " + ExplorerServer.CSP, "X-Content-Type-Options: nosniff")
          .endsWith("\r\n\r\nbad request\n");
    }
    String tooLarge =
        rawAnswer(server, "GET / HTTP/1.1\r\nX: " + "a".repeat(9000) + "\r\n\r\n");
    assertThat(tooLarge).startsWith("HTTP/1.1 431 ").contains("Content-Security-Policy: ");
    assertThat(rawAnswer(server, "HEAD /api/services HTTP/1.1\r\n\r\n"))
        .startsWith("HTTP/1.1 200 ")
        .endsWith("\r\n\r\n");
  }
}
