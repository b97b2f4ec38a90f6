package io.github.cloudtrailschema.athena;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code athena ddl} and {@code athena inventory}: the SQL parses in Trino's own parser (the engine
 * Athena runs), the DDL is the reviewed golden, and {@code --run} goes through the real AWS SDK
 * client to a STUB Athena server on loopback ({@link AthenaStub}): polling, paging, the report and
 * the failures. No query is executed by a real engine here.
 */
@Timeout(120)
class AthenaCommandTest {
  static final Properties saved = new Properties();
  static final List<String> KEYS =
      List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.disableEc2Metadata", "aws.region");

  @BeforeAll
  static void credentials() {
    for (String k : KEYS) {
      if (System.getProperty(k) != null) {
        saved.setProperty(k, System.getProperty(k));
      }
    }
    System.setProperty("aws.accessKeyId", "AKIDTESTATHENA");
    System.setProperty("aws.secretAccessKey", "test-secret");
    System.setProperty("aws.disableEc2Metadata", "true");
    System.setProperty("aws.region", "eu-west-1");
  }

  @AfterAll
  static void restore() {
    for (String k : KEYS) {
      if (saved.getProperty(k) == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, saved.getProperty(k));
      }
    }
  }

  @Test
  void ddlOfAnOrganisationTrailMatchesItsGolden() {
    CliResult.run(
            "athena",
            "ddl",
            "--bucket",
            "org-trail-logs",
            "--prefix",
            "/audit/",
            "--org",
            "o-a1b2c3d4e5",
            "--account",
            "111122223333,444455556666",
            "--log-region",
            "us-east-1,eu-west-1",
            "--since",
            "2024-01-01")
        .succeeded()
        .stdoutMatchesGolden("athena-command/ddl-organization.sql");
  }

  @Test
  void ddlOfASingleAccountTrailProjectsEveryCommercialRegion() {
    String ddl =
        CliResult.run("athena", "ddl", "--bucket", "my-trail", "--account", "111122223333")
            .succeeded()
            .stdout();
    assertThat(ddl)
        .contains("LOCATION 's3://my-trail/AWSLogs/'")
        .contains("'s3://my-trail/AWSLogs/${account}/CloudTrail/${region}/${timestamp}'")
        .contains("'2020/01/01,NOW'")
        .contains(String.join(",", CloudTrailTable.COMMERCIAL_REGIONS))
        .doesNotEndWith(";\n");
  }

  @Test
  void badDdlOptionsAreOneLineUsageErrors() {
    CliResult.run("athena", "ddl", "--bucket", "b", "--account", "12").failedWithOneLine(2);
    CliResult.run("athena", "ddl", "--bucket", "B_x", "--account", "111122223333")
        .failedWithOneLine(2);
    CliResult.run("athena", "ddl", "--bucket", "b", "--account", "111122223333", "--org", "x'--")
        .failedWithOneLine(2);
    CliResult.run("athena", "ddl", "--bucket", "b", "--account", "111122223333", "--table", "a;b")
        .failedWithOneLine(2);
    CliResult.run("athena", "ddl", "--bucket", "b", "--account", "111122223333", "--since", "2024")
        .failedWithOneLine(2);
  }

  @Test
  void inventoryAndFieldQueriesParseInTrino() {
    InventorySql sql =
        new InventorySql(
            "cloudtrail_logs",
            List.of("111122223333"),
            List.of("eu-west-1"),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 5, 7));
    for (String q : List.of(sql.inventory(), sql.fields())) {
      Statement s = parse(q);
      assertThat(s.toString()).contains("Query");
    }
    InventorySql unfiltered = new InventorySql(null, List.of(), List.of(), null, null);
    parse(unfiltered.inventory());
    parse(unfiltered.fields());
  }

  @Test
  void quotesInFiltersStayInsideTheirLiterals() {
    InventorySql sql = new InventorySql("t", List.of("1' OR '1'='1"), List.of(), null, null);
    Statement s = parse(sql.inventory());
    assertThat(s.toString()).contains("1'' OR ''1''=''1");
  }

  @Test
  void athenaAloneStillListsTheAthenaServicesEvents() {
    assertThat(CliResult.run("athena").succeeded().stdout())
        .contains("StartQueryExecution")
        .contains("athena.amazonaws.com");
    assertThat(CliResult.run("athena.StartQueryExecution.input").succeeded().stdout())
        .contains("queryString");
  }

  @Test
  void theAthenaFormatIsNotTakenForTheAthenaCommand() {
    assertThat(
            CliResult.run("iam.CreatePolicy", "--format", "athena").succeeded().stdout())
        .contains("json_extract_scalar(requestparameters");
  }

  @Test
  void inventoryPrintsItsSqlWithoutRunning() {
    String out =
        CliResult.run("athena", "inventory", "--fields", "--since", "2024-05-01")
            .succeeded()
            .stdout();
    assertThat(out)
        .contains("GROUP BY eventsource, eventname")
        .contains("UNNEST(map_keys(")
        .contains("\"timestamp\" >= '2024/05/01'");
  }

  @Test
  void runPollsPagesAndPrintsTheInventoryAsScanDoes() throws Exception {
    List<List<String>> inventory =
        List.of(
            List.of(
                "eventsource",
                "eventname",
                "records",
                "errors",
                "first_seen",
                "last_seen",
                "principals",
                "read_only_true",
                "read_only_false"),
            List.of(
                "iam.amazonaws.com",
                "CreatePolicy",
                "3",
                "1",
                "2024-05-01T10:00:00Z",
                "2024-05-02T11:00:00Z",
                "2",
                "0",
                "3"),
            List.of(
                "s3.amazonaws.com",
                "GetObject",
                "40",
                "0",
                "2024-05-01T00:00:01Z",
                "2024-05-07T23:59:59Z",
                "5",
                "40",
                "0"),
            List.of(
                "sts.amazonaws.com",
                "AssumeRole",
                "7",
                "0",
                "2024-05-03T08:00:00Z",
                "2024-05-03T09:00:00Z",
                "1",
                "4",
                "3"));
    List<List<String>> fields =
        List.of(
            List.of("eventsource", "eventname", "field", "records"),
            List.of("iam.amazonaws.com", "CreatePolicy", "requestParameters.policyName", "3"),
            List.of("iam.amazonaws.com", "CreatePolicy", "responseElements.policy", "2"),
            List.of("iam.amazonaws.com", "CreatePolicy", "requestParameters.notAMember", "1"));
    try (AthenaStub stub = new AthenaStub(List.of(inventory, fields), "SUCCEEDED")) {
      CliResult r =
          CliResult.run(
                  "athena",
                  "inventory",
                  "--run",
                  "--fields",
                  "--format",
                  "json",
                  "--endpoint-url",
                  stub.endpoint(),
                  "--workgroup",
                  "audit",
                  "--output-location",
                  "s3://results/athena/",
                  "--database",
                  "security")
              .succeeded();
      r.stdoutMatchesGolden("athena-command/inventory-run.json");
      assertThat(stub.starts).hasSize(2);
      assertThat(stub.starts.get(0).path("WorkGroup").asText()).isEqualTo("audit");
      assertThat(stub.starts.get(0).path("ResultConfiguration").path("OutputLocation").asText())
          .isEqualTo("s3://results/athena/");
      assertThat(stub.starts.get(0).path("QueryExecutionContext").path("Database").asText())
          .isEqualTo("security");
      assertThat(stub.starts.get(0).path("QueryString").asText())
          .isEqualTo(new InventorySql(null, List.of(), List.of(), null, null).inventory());
    }
  }

  @Test
  void aFailedQueryIsOneLineAndExitFour() throws Exception {
    try (AthenaStub stub = new AthenaStub(List.of(List.of()), "FAILED")) {
      CliResult r =
          CliResult.run("athena", "inventory", "--run", "--endpoint-url", stub.endpoint())
              .failedWithOneLine(4);
      assertThat(r.stderr()).contains("query q1 failed").contains("TABLE_NOT_FOUND");
    }
  }

  @Test
  void anUnreachableEndpointIsOneLineAndExitFour() {
    CliResult.run("athena", "inventory", "--run", "--endpoint-url", "http://127.0.0.1:9")
        .failedWithOneLine(4);
  }

  private static Statement parse(String sql) {
    try {
      return new SqlParser().createStatement(sql);
    } catch (ParsingException e) {
      throw new AssertionError("Trino cannot parse:\n" + sql + "\n" + e.getMessage(), e);
    }
  }
}
