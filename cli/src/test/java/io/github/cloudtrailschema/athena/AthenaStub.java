package io.github.cloudtrailschema.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A STUB of the Athena API on 127.0.0.1, for tests only: it speaks the AWS JSON 1.1 protocol of
 * StartQueryExecution, GetQueryExecution and GetQueryResults, answers every query with the rows it
 * was given (two pages, header first, as Athena does), and reports QUEUED and RUNNING before the
 * final state so that the client's polling is exercised. It runs no SQL.
 */
final class AthenaStub implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<List<List<String>>> answers;
  private final String finalState;
  final List<JsonNode> starts = new CopyOnWriteArrayList<>();
  private int polls;

  /**
   * @param answers the rows (with header) of the 1st, 2nd, ... query started
   * @param finalState SUCCEEDED, or FAILED to test failures
   */
  AthenaStub(List<List<List<String>>> answers, String finalState) throws IOException {
    this.answers = answers;
    this.finalState = finalState;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode body = JSON.readTree(ex.getRequestBody());
    ObjectNode out = JSON.createObjectNode();
    switch (target == null ? "" : target) {
      case "AmazonAthena.StartQueryExecution" -> {
        starts.add(body);
        polls = 0;
        out.put("QueryExecutionId", "q" + starts.size());
      }
      case "AmazonAthena.GetQueryExecution" -> {
        String state = polls == 0 ? "QUEUED" : polls == 1 ? "RUNNING" : finalState;
        polls++;
        ObjectNode status = out.putObject("QueryExecution").putObject("Status");
        status.put("State", state);
        if (state.equals("FAILED")) {
          status.put("StateChangeReason", "TABLE_NOT_FOUND: line 1:1: Table 'x' does not exist");
        }
      }
      case "AmazonAthena.GetQueryResults" -> results(body, out);
      default -> {
        reply(ex, 400, "{\"__type\":\"UnknownOperationException\"}");
        return;
      }
    }
    reply(ex, 200, JSON.writeValueAsString(out));
  }

  /** Page 1 is the header and the first half of the rows; page 2 the rest. */
  private void results(JsonNode body, ObjectNode out) {
    int query = Integer.parseInt(body.path("QueryExecutionId").asText().substring(1)) - 1;
    List<List<String>> rows = answers.get(query);
    int half = 1 + (rows.size() - 1) / 2;
    boolean second = body.hasNonNull("NextToken");
    List<List<String>> page =
        second ? rows.subList(half, rows.size()) : new ArrayList<>(rows.subList(0, half));
    ArrayNode jsonRows = out.putObject("ResultSet").putArray("Rows");
    for (List<String> row : page) {
      ArrayNode data = jsonRows.addObject().putArray("Data");
      for (String v : row) {
        ObjectNode d = data.addObject();
        if (v != null) {
          d.put("VarCharValue", v);
        }
      }
    }
    if (!second && half < rows.size()) {
      out.put("NextToken", "page-2");
    }
  }

  private static void reply(HttpExchange ex, int status, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
