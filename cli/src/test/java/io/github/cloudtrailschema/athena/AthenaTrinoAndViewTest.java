package io.github.cloudtrailschema.athena;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.walk.EventSchemas;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.CreateTable;
import io.trino.sql.tree.CreateView;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code athena ddl --engine trino} and {@code athena view}: reviewed goldens, Trino's own parser,
 * and the rules the view's columns keep (unique, plain identifiers). {@code TrinoEngineIT}
 * executes both on a real Trino.
 */
class AthenaTrinoAndViewTest {
  static final String[] TRINO_DDL = {
    "athena", "ddl", "--engine", "trino", "--bucket", "org-trail-logs", "--prefix", "audit",
    "--org", "o-a1b2c3d4e5", "--account", "111122223333,444455556666",
    "--log-region", "us-east-1,eu-west-1", "--since", "2024-01-01"
  };

  @Test
  void trinoDdlMatchesItsGoldenAndParses() {
    String script =
        CliResult.run(TRINO_DDL).succeeded().stdoutMatchesGolden("athena-command/ddl-trino.sql")
            .stdout();
    List<String> statements = TrinoEngineIT.statements(script);
    assertThat(statements).hasSize(2);
    assertThat(parse(statements.get(0))).isInstanceOf(CreateTable.class);
    CreateView view = (CreateView) parse(statements.get(1));
    // the view has Athena's columns, in its order, then the partition columns
    List<String> expected = new ArrayList<>();
    CloudTrailTable.COLUMNS.forEach(c -> expected.add(c.substring(0, c.indexOf(' '))));
    expected.addAll(List.of("account", "region", "timestamp"));
    assertThat(aliases(view)).isEqualTo(expected);
    assertThat(script)
        .contains("external_location = 's3://org-trail-logs/audit/AWSLogs/o-a1b2c3d4e5/'")
        .contains("format = 'OPENX_JSON'");
  }

  @Test
  void athenaTypesBecomeTrinoTypes() {
    assertThat(TrinoTable.trinoColumn("x STRUCT<a: STRING, b: MAP<STRING, STRING>>"))
        .isEqualTo("x ROW(a VARCHAR, b MAP(VARCHAR, VARCHAR))");
    assertThat(TrinoTable.trinoColumn("resources ARRAY<STRUCT<arn: STRING>>"))
        .isEqualTo("resources ARRAY(ROW(arn VARCHAR))");
  }

  @Test
  void trinoDdlAtALocation() {
    String script =
        CliResult.run(
                "athena", "ddl", "--engine", "trino", "--location", "local:///logs",
                "--account", "111122223333", "--log-region", "eu-west-1", "--table", "t")
            .succeeded()
            .stdout();
    assertThat(script)
        .contains("CREATE TABLE IF NOT EXISTS t_files (")
        .contains("'local:///logs/AWSLogs/${account}/CloudTrail/${region}/${timestamp}'")
        .contains("CREATE OR REPLACE VIEW t AS");
  }

  @Test
  void badEngineOptionsAreOneLineUsageErrors() {
    CliResult.run("athena", "ddl", "--location", "s3://b/", "--account", "111122223333")
        .failedWithOneLine(2);
    CliResult.run("athena", "ddl", "--engine", "trino", "--account", "111122223333")
        .failedWithOneLine(2);
    CliResult.run(
            "athena", "ddl", "--engine", "trino", "--location", "s3://b/x'y",
            "--account", "111122223333")
        .failedWithOneLine(2);
    // an unknown enum value is picocli's usage error: the message and a "Try --help" line
    CliResult bad =
        CliResult.run(
            "athena", "ddl", "--engine", "presto", "--bucket", "b", "--account", "111122223333");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stderr()).startsWith("cloudtrail-schema: Invalid value for option '--engine'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iam.CreatePolicy", "s3.PutBucketPolicy"})
  void viewMatchesItsGoldenAndParses(String event) {
    String sql =
        CliResult.run("athena", "view", event)
            .succeeded()
            .stdoutMatchesGolden("athena-command/view-" + event + ".sql")
            .stdout();
    assertThat(parse(sql)).isInstanceOf(CreateView.class);
  }

  @Test
  void viewOptionsAndErrors() {
    assertThat(
            CliResult.run("athena", "view", "iam.CreatePolicy", "--table", "ct", "--name", "v")
                .succeeded()
                .stdout())
        .contains("CREATE OR REPLACE VIEW v AS")
        .contains("FROM ct\n");
    CliResult.run("athena", "view", "iam").failedWithOneLine(2);
    CliResult.run("athena", "view", "iam.CreatePolicy.input").failedWithOneLine(2);
    CliResult.run("athena", "view", "iam.CreatePolicyy").failedWithOneLine(2);
    CliResult.run("athena", "view", "iam.CreatePolicy", "--name", "a;b").failedWithOneLine(2);
  }

  /** Every event of these services: the view parses, its columns are unique plain identifiers. */
  @ParameterizedTest
  @ValueSource(strings = {"iam", "s3", "ec2", "kms", "quicksight", "dynamodb"})
  void everyViewParsesWithUniquePlainColumns(String serviceName) {
    ServiceModel service = ModelCatalog.embedded().load(serviceName, false);
    EventSchemas schemas = new EventSchemas(service);
    int views = 0;
    for (Operation op : service.operations().values()) {
      EventView view = new EventView(schemas.of(op), null, null);
      assertThat(view.name()).matches("[a-z][a-z0-9_]*");
      List<String> columns = aliases((CreateView) parse(view.sql()));
      Set<String> seen = new HashSet<>();
      for (String c : columns) {
        assertThat(c).as(view.name()).matches("[a-z][a-z0-9_]*");
        assertThat(seen.add(c.toLowerCase(Locale.ROOT))).as("%s: %s twice", view.name(), c).isTrue();
      }
      assertThat(columns.size()).isLessThanOrEqualTo(EventView.COMMON.size() + EventView.MAX_FIELDS);
      views++;
    }
    assertThat(views).isEqualTo(service.operations().size());
  }

  /** The output column names of a view: the alias, else the column itself. */
  static List<String> aliases(CreateView view) {
    QuerySpecification q = (QuerySpecification) view.getQuery().getQueryBody();
    List<String> out = new ArrayList<>();
    for (SelectItem item : q.getSelect().getSelectItems()) {
      SingleColumn c = (SingleColumn) item;
      out.add(
          c.getAlias()
              .map(a -> a.getValue())
              .orElseGet(() -> c.getExpression().toString().replace("\"", "")));
    }
    return out;
  }

  private static Statement parse(String sql) {
    try {
      return new SqlParser().createStatement(sql);
    } catch (ParsingException e) {
      throw new AssertionError("Trino cannot parse:\n" + sql + "\n" + e.getMessage(), e);
    }
  }
}
