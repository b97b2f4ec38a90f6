package io.github.cloudtrailschema.athena;

import io.github.cloudtrailschema.scan.s3.S3Clients;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecutionContext;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.ResultConfiguration;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/**
 * Runs one query through the Athena API with the user's credentials: start it, poll until it ends
 * (backing off from 200 ms to 2 s), then page through the result. The first row of Athena's result
 * set is the header, which is dropped.
 */
public final class AthenaRunner implements QueryRunner {
  private static final long MAX_POLL_MS = 2000;

  private final AthenaClient client;
  private final AthenaSettings settings;

  public AthenaRunner(AthenaSettings settings) {
    this.settings = settings;
    var b =
        AthenaClient.builder()
            .credentialsProvider(S3Clients.credentials(settings.profile()))
            .region(S3Clients.region(settings.profile(), settings.region()));
    if (settings.endpoint() != null) {
      b.endpointOverride(settings.endpoint());
    }
    this.client = b.build();
  }

  @Override
  public List<List<String>> run(String sql, Consumer<String> progress) throws QueryException {
    try {
      String id = start(sql);
      progress.accept("query " + id + " started");
      await(id, progress);
      return results(id);
    } catch (AthenaException e) {
      throw failure(
          e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage());
    } catch (SdkException e) {
      throw failure(oneLine(e.getMessage()));
    }
  }

  private String start(String sql) {
    var request = StartQueryExecutionRequest.builder().queryString(sql);
    if (settings.workgroup() != null) {
      request.workGroup(settings.workgroup());
    }
    if (settings.outputLocation() != null) {
      request.resultConfiguration(
          ResultConfiguration.builder().outputLocation(settings.outputLocation()).build());
    }
    if (settings.database() != null || settings.catalog() != null) {
      request.queryExecutionContext(
          QueryExecutionContext.builder()
              .database(settings.database())
              .catalog(settings.catalog())
              .build());
    }
    return client.startQueryExecution(request.build()).queryExecutionId();
  }

  private void await(String id, Consumer<String> progress)
      throws QueryException {
    long wait = 200;
    while (true) {
      QueryExecutionStatus status =
          client.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution().status();
      QueryExecutionState state = status.state();
      if (state == QueryExecutionState.SUCCEEDED) {
        return;
      }
      if (state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
        String why = status.stateChangeReason() == null ? "" : ": " + status.stateChangeReason();
        throw failure("query " + id + " " + state.toString().toLowerCase() + oneLine(why));
      }
      progress.accept("query " + id + " " + String.valueOf(state).toLowerCase());
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure("interrupted while waiting for query " + id);
      }
      wait = Math.min(MAX_POLL_MS, wait * 2);
    }
  }

  private List<List<String>> results(String id) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = true;
    for (GetQueryResultsResponse page :
        client.getQueryResultsPaginator(
            GetQueryResultsRequest.builder().queryExecutionId(id).build())) {
      for (Row row : page.resultSet().rows()) {
        if (header) {
          header = false;
          continue;
        }
        List<String> values = new ArrayList<>();
        for (Datum d : row.data()) {
          values.add(d.varCharValue());
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private static QueryException failure(String message) {
    String m = oneLine(message);
    if (m.contains("credentials")) {
      m = "no usable AWS credentials (set AWS_PROFILE or AWS_ACCESS_KEY_ID, or use --profile)";
    }
    return new QueryException("athena: " + (m.length() > 300 ? m.substring(0, 300) + "…" : m));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  @Override
  public void close() {
    client.close();
  }
}
