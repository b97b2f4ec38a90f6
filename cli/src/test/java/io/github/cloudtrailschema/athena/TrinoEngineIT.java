package io.github.cloudtrailschema.athena;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.report.InventoryFormat;
import io.github.cloudtrailschema.scan.PathExplainer;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.LoopbackS3;
import io.github.cloudtrailschema.testing.Skip;
import io.github.cloudtrailschema.testing.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import io.github.cloudtrailschema.testing.Checkout;

/**
 * The DDL, the inventory SQL and the per-event views EXECUTED on a real engine: Trino 476 (the
 * engine Athena runs), a single-node server on 127.0.0.1 started from the tarball Maven unpacks in
 * pre-integration-test, with a Hive catalogue on the local file system and on S3 (Trino's native
 * S3 file system on an S3-compatible server on loopback, {@link LoopbackS3}). Over a {@code
 * gen-logs} tree (3,000 records from the corpus, 100 per file, a trail and an organisation trail),
 * the counts must equal {@code truth.json} and {@code scan --format json} exactly, and the tables
 * {@code --bucket} creates over the same files in a bucket must give the same rows.
 *
 * <p>What runs is {@code athena ddl --engine trino} (the Athena table's columns and types, read
 * with the OpenX JSON SerDe through a table of the unconverted log files and a view of their
 * records, Trino's own partition projection), then {@code athena inventory}'s SQL and {@code athena
 * view}'s statements unchanged. What differs from Athena: the input format ({@code
 * CloudTrailInputFormat} is Athena's own) and the projection syntax; see {@link TrinoTable}.
 *
 * <p>Skips, saying so, without a JDK 24+ (Trino 476 needs one; found through {@code
 * TRINO_JAVA_HOME}, Maven's toolchains, {@code JAVA_HOME} or the usual JDK folders, see {@link
 * Tools#java}), without the unpacked server (run through {@code mvn verify}; {@code
 * -Dtrino.skip=true} leaves it out), or without the corpus and {@code gen-logs} of {@code
 * ../shared}.
 */
@Timeout(900)
class TrinoEngineIT {
  static final Path TRINO = Path.of("target/trino");
  static final Path CORPUS = Checkout.shared("corpus/dev-events.jsonl");
  static final Path GEN_LOGS = Checkout.shared("tools/gen-logs");
  static final String SCHEMA = "cloudtrail";
  static final List<String> ACCOUNTS = List.of("111122223333", "444455556666", "777788889999");
  static final ObjectMapper JSON = new ObjectMapper();

  static final String BUCKET = "trail-bucket";

  @TempDir static Path tmp;
  static TrinoServer trino;
  static LoopbackS3 s3;
  static Path logs;
  static JsonNode truth;

  @BeforeAll
  static void start() throws Exception {
    Path java =
        Skip.unlessFound(
            TrinoEngineIT.class,
            Tools.java(24, "TRINO_JAVA_HOME"),
            "no JDK 24+ (Trino 476 needs one) in " + Tools.javaPlaces("TRINO_JAVA_HOME"));
    Path server = TRINO.resolve("trino-server-core-476");
    Skip.unless(
        TrinoEngineIT.class,
        Files.isDirectory(server.resolve("lib")),
        "Trino is not unpacked in target/trino (mvn verify does it, unless -Dtrino.skip=true)");
    Skip.unless(
        TrinoEngineIT.class,
        Files.exists(CORPUS) && Files.exists(GEN_LOGS),
        "no ../shared corpus or gen-logs (" + CORPUS + ", " + GEN_LOGS + ")");
    Skip.unless(
        TrinoEngineIT.class,
        Tools.onPath("python3").isPresent(),
        "gen-logs needs python3, which is not on PATH");
    long t0 = System.nanoTime();
    Path root = Files.createDirectories(tmp.resolve("root"));
    logs = root.resolve("logs");
    Path corpus = tmp.resolve("corpus.jsonl");
    int dropped = TableTypedCorpus.write(CORPUS, corpus);
    // The corpus holds one record whose shape contradicts the table's types (see TableTypedCorpus).
    assertThat(dropped).isLessThan(5);
    python(GEN_LOGS.toString(), corpus.toString(), logs.toString(), "3000", "100");
    truth = JSON.readTree(logs.resolve("truth.json").toFile());
    // The same files in a bucket of a real S3-compatible server on loopback, as Athena reads them.
    s3 = LoopbackS3.start(BUCKET, "AKIDTRINOIT", "trino-it-secret", store -> store);
    s3.upload(logs, "");
    trino =
        TrinoServer.start(
            java,
            server,
            TRINO.resolve("plugin"),
            tmp.resolve("work"),
            root,
            new TrinoServer.S3(s3.endpoint(), "AKIDTRINOIT", "trino-it-secret"));
    long t1 = System.nanoTime();
    trino.query(SCHEMA, "CREATE SCHEMA hive." + SCHEMA);
    // gen-logs writes a trail and an organisation trail under one AWSLogs/: one table each (as
    // partition projection wants one layout per table), and the union as cloudtrail_logs.
    ddl("ct_trail", null, "--location", "local:///logs/");
    ddl("ct_org", "o-exampleorg1", "--location", "local:///logs/");
    trino.query(
        SCHEMA,
        "CREATE VIEW cloudtrail_logs AS SELECT * FROM ct_trail UNION ALL SELECT * FROM ct_org");
    // and the same over S3, from --bucket as a user of an S3 trail types it
    ddl("ct_s3_trail", null, "--bucket", BUCKET);
    ddl("ct_s3_org", "o-exampleorg1", "--bucket", BUCKET);
    trino.query(
        SCHEMA,
        "CREATE VIEW cloudtrail_logs_s3 AS SELECT * FROM ct_s3_trail"
            + " UNION ALL SELECT * FROM ct_s3_org");
    System.err.printf(
        "TrinoEngineIT: on %s; corpus filter dropped %d record(s); server started in %d s,"
            + " tables in %d s%n",
        java,
        dropped,
        TimeUnit.NANOSECONDS.toSeconds(t1 - t0),
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t1));
  }

  @AfterAll
  static void stop() throws Exception {
    if (trino != null) {
      trino.close();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  /** Runs {@code athena ddl --engine trino} for one layout; {@code where}: --location or --bucket. */
  private static void ddl(String table, String org, String... where) throws Exception {
    List<String> args = new ArrayList<>(List.of("athena", "ddl", "--engine", "trino"));
    args.addAll(List.of(where));
    args.addAll(
        List.of(
            "--account", String.join(",", ACCOUNTS),
            "--log-region", "us-east-1,eu-west-1,ap-southeast-2",
            "--since", "2026-03-01", "--table", table));
    if (org != null) {
      args.addAll(List.of("--org", org));
    }
    String script = CliResult.run(args.toArray(String[]::new)).succeeded().stdout();
    List<String> statements = statements(script);
    assertThat(statements).hasSize(2);
    for (String s : statements) {
      trino.query(SCHEMA, s);
    }
  }

  /** A script's statements: each ends with ';' at the end of a line (none inside a literal). */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    for (String s : script.split(";\n")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  @Test
  void theInventoryCountsEveryRecordAsTruthAndScanDo() throws Exception {
    InventorySql sql = new InventorySql(null, List.of(), List.of(), null, null);
    List<List<String>> rows = trino.query(SCHEMA, sql.inventory());

    Map<String, Long> counted = new TreeMap<>();
    rows.forEach(r -> counted.put(r.get(0) + "\t" + r.get(1), Long.parseLong(r.get(2))));
    Map<String, Long> expected = new TreeMap<>();
    truth.path("events").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
    assertThat(counted).isEqualTo(expected);
    assertThat(counted.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(truth.path("records").asLong());

    // errors, first/last seen, principals and readOnly: truth.json has none, scan has them all.
    StringWriter athena = new StringWriter();
    InventoryFormat.json.render(
        InventoryRows.toResult(rows, List.of(), PathExplainer.UNKNOWN),
        false,
        new PrintWriter(athena));
    JsonNode scan =
        JSON.readTree(CliResult.run("scan", logs.toString(), "--format", "json").succeeded().stdout());
    assertThat(scan.path("records").asLong()).isEqualTo(truth.path("records").asLong());
    assertThat(JSON.readTree(athena.toString()).path("events")).isEqualTo(scan.path("events"));
  }

  /**
   * The tables {@code athena ddl --bucket} creates read the same files from S3 (Trino's native S3
   * file system on the loopback S3 server, as Athena reads a trail's bucket): the inventory is the
   * local one, row for row, and its counts are truth.json's. A filter by account and day prunes
   * the projected partitions and still counts what scan counts with the same filter.
   */
  @Test
  void theTablesOverS3ReadTheSameRecords() throws Exception {
    List<List<String>> local =
        trino.query(SCHEMA, new InventorySql(null, List.of(), List.of(), null, null).inventory());
    List<List<String>> overS3 =
        trino.query(
            SCHEMA,
            new InventorySql("cloudtrail_logs_s3", List.of(), List.of(), null, null).inventory());
    assertThat(overS3).isEqualTo(local);
    assertThat(overS3.stream().mapToLong(r -> Long.parseLong(r.get(2))).sum())
        .isEqualTo(truth.path("records").asLong());

    // the first day with logs of the first account, from the tree's own folders
    Path account = logs.resolve("AWSLogs").resolve(ACCOUNTS.get(0)).resolve("CloudTrail");
    Path first = files(account).get(0);
    Path dayDir = account.relativize(first).getParent();
    LocalDate day =
        LocalDate.of(
            Integer.parseInt(dayDir.getName(1).toString()),
            Integer.parseInt(dayDir.getName(2).toString()),
            Integer.parseInt(dayDir.getName(3).toString()));
    List<List<String>> filtered = trino.query(SCHEMA, oneAccountOneDay("cloudtrail_logs_s3", day));
    assertThat(filtered).isEqualTo(trino.query(SCHEMA, oneAccountOneDay(null, day)));
    long filteredRecords = filtered.stream().mapToLong(r -> Long.parseLong(r.get(2))).sum();
    assertThat(filteredRecords).as(day.toString()).isPositive().isLessThan(truth.path("records").asLong());
  }

  private static String oneAccountOneDay(String table, LocalDate day) {
    return new InventorySql(table, List.of(ACCOUNTS.get(0)), List.of(), day, day).inventory();
  }

  /**
   * {@code athena inventory --run --trino}: the CLI runs the same SQL through Trino's client
   * protocol and prints the inventory as scan does: the events equal scan's, and with --fields the
   * top-level keys are scan's first-level paths.
   */
  @Test
  void inventoryRunOnTrinoPrintsWhatScanPrints() throws Exception {
    String server = trino.base().toString();
    JsonNode run =
        JSON.readTree(
            CliResult.run(
                    "athena", "inventory", "--run", "--trino", server, "--database", SCHEMA,
                    "--format", "json")
                .succeeded()
                .stdout());
    JsonNode scan =
        JSON.readTree(CliResult.run("scan", logs.toString(), "--format", "json").succeeded().stdout());
    assertThat(run.path("events")).isEqualTo(scan.path("events"));
    assertThat(run.path("records").asLong()).isEqualTo(truth.path("records").asLong());

    JsonNode withFields =
        JSON.readTree(
            CliResult.run(
                    "athena", "inventory", "--run", "--trino", server, "--database", SCHEMA,
                    "--table", "cloudtrail_logs_s3", "--fields", "--format", "json")
                .succeeded()
                .stdout());
    int fields = 0;
    for (JsonNode e : withFields.path("events")) {
      fields += e.path("fields").size();
    }
    assertThat(fields).isGreaterThan(1000);

    // and a query Trino refuses is one line and exit code 4, with Trino's reason
    assertThat(
            CliResult.run(
                    "athena", "inventory", "--run", "--trino", server, "--database", SCHEMA,
                    "--table", "no_such_table")
                .failedWithOneLine(4)
                .stderr())
        .contains("trino: TABLE_NOT_FOUND")
        .contains("no_such_table");
  }

  @Test
  void theFieldQueryCountsEveryTopLevelKey() throws Exception {
    InventorySql sql = new InventorySql(null, List.of(), List.of(), null, null);
    Map<String, Map<String, Long>> trinoKeys = new TreeMap<>();
    for (List<String> r : trino.query(SCHEMA, sql.fields())) {
      trinoKeys
          .computeIfAbsent(r.get(0) + "\t" + r.get(1), k -> new TreeMap<>())
          .put(r.get(2), Long.parseLong(r.get(3)));
    }
    // truth.json has no keys: count them here, record by record, from the same files.
    Map<String, Map<String, Long>> expected = TopLevelKeys.count(logs);
    Map<String, String> differences = new TreeMap<>();
    for (String event : union(trinoKeys.keySet(), expected.keySet())) {
      Map<String, Long> a = trinoKeys.getOrDefault(event, Map.of());
      Map<String, Long> b = expected.getOrDefault(event, Map.of());
      for (String key : union(a.keySet(), b.keySet())) {
        if (!Objects.equals(a.get(key), b.get(key))) {
          differences.put(event + " " + key, "trino " + a.get(key) + ", expected " + b.get(key));
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(trinoKeys).isEqualTo(expected);
    System.err.printf(
        "TrinoEngineIT: %d events, %d keys of one object merged by case (OpenX)%n",
        trinoKeys.size(), TopLevelKeys.merged);

    // and every first-level key scan --fields reports is among them (case aside, as above)
    JsonNode scan =
        JSON.readTree(
            CliResult.run("scan", logs.toString(), "--format", "json", "--fields")
                .succeeded()
                .stdout());
    int checked = 0;
    for (JsonNode e : scan.path("events")) {
      String event = e.path("eventSource").asText() + "\t" + e.path("eventName").asText();
      for (JsonNode f : e.path("fields")) {
        String[] parts = f.path("path").asText().split("[.\\[]", 3);
        if (parts.length >= 2 && !parts[1].isEmpty()) {
          Set<String> keys = new TreeSet<>();
          trinoKeys.getOrDefault(event, Map.of()).keySet().forEach(k -> keys.add(lower(k)));
          assertThat(keys)
              .as("%s %s", event, f.path("path").asText())
              .contains(lower(parts[0] + "." + parts[1]));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void eachEventViewHasOneRowPerRecordOfItsEvent() throws Exception {
    List<String> candidates =
        List.of(
            "kms.Decrypt", "ssm.PutParameter", "ec2.DescribeInstanceAttribute",
            "s3.GetBucketPolicy", "secretsmanager.GetSecretValue", "sts.AssumeRole");
    int views = 0;
    for (String event : candidates) {
      String sql = CliResult.run("athena", "view", event).succeeded().stdout().strip();
      String name = sql.replaceAll("(?s).*CREATE OR REPLACE VIEW (\\w+) AS.*", "$1");
      String source = sql.replaceAll("(?s).*WHERE eventsource = '([^']+)'.*", "$1");
      String eventName = event.substring(event.indexOf('.') + 1);
      long expected = truth.path("events").path(source + "\t" + eventName).asLong(0);
      if (expected == 0) {
        continue;
      }
      trino.query(SCHEMA, sql);
      assertThat(trino.query(SCHEMA, "SELECT count(*) FROM " + name))
          .as(event)
          .containsExactly(List.of(Long.toString(expected)));
      // every typed column evaluates on every record (TRY_CAST: an odd value is NULL, no error)
      List<List<String>> all = trino.query(SCHEMA, "SELECT * FROM " + name);
      assertThat(all).hasSize((int) expected);
      views++;
    }
    assertThat(views).isGreaterThanOrEqualTo(4);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static void python(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes());
    }
    assertThat(p.waitFor()).as("gen-logs: %s", out).isZero();
  }

  /** Every log file of a tree. */
  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(f -> f.toString().endsWith(".json.gz")).sorted().toList();
    }
  }

  static JsonNode read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return JSON.readTree(in);
    }
  }
}
