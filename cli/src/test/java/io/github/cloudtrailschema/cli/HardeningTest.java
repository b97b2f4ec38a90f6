package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.Checkout;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.Skip;
import io.github.cloudtrailschema.testing.Tools;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, the repros of "no silent success, no injection, no escape from --out": each test names
 * the command line of the issue and asserts the exit code and the exact message.
 */
class HardeningTest {
  static final String ESC = "\u001b";
  static final Path HOSTILE_MODELS = Path.of("src/test/resources/models/hostile");

  /** A record whose every string tries to drive the terminal. */
  static String hostileRecord() {
    return "{\"Records\":[{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T00:00:00Z\","
        + "\"eventSource\":\"iam.amazonaws.com\\u001b]0;PWNED\\u0007\","
        + "\"eventName\":\"Create\\u001b[2JPolicy\","
        + "\"awsRegion\":\"us-east-1\",\"requestParameters\":{\"k\\u001b[31m\":\"v\\u009b2J\"},"
        + "\"responseElements\":null}]}";
  }

  @Test
  void aFailedWriteToStdoutExitsFour() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8));
    for (String[] args :
        new String[][] {{"iam.CreatePolicy"}, {"export", "--format", "paths", "iam"}}) {
      err.getBuffer().setLength(0);
      int code =
          Main.run(
              new CliContext(
                  out,
                  new PrintWriter(err),
                  java.io.InputStream.nullInputStream(),
                  CliResult.EMBEDDED_MODELS,
                  false,
                  false),
              args);
      assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCodes.IO);
      assertThat(err.toString())
          .isEqualTo("cloudtrail-schema: I/O error: cannot write to standard output\n");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zsh completion|'zsh' before 'completion' would be ignored",
        "iam.CreatePolicy scan DIR|'iam.CreatePolicy' before 'scan' would be ignored",
        "--docs check -|--docs applies to an event's tree (cloudtrail-schema SERVICE.OPERATION"
            + " --docs), not to check",
        "check - --docs|--docs applies to an event's tree",
        "-f json-schema check -|'--format' before 'check' would be ignored",
        "--format=json-schema iam|--format, --eventbridge and --envelope apply to an event",
        "--envelope|--format, --eventbridge and --envelope apply to an event"
      })
  void argumentsACommandDoesNotTakeAreAUsageError(String line) {
    String[] parts = line.split("\\|");
    CliResult r = CliResult.run(parts[0].split(" "));
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.stderr()).startsWith("cloudtrail-schema: " + parts[1]);
    assertThat(r.stdout()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "apigateway.amazonaws.com.CreateApi|apigatewayv2",
        "aws.bedrock.InvokeModel|bedrock-runtime",
        "sso.amazonaws.com.CreatePermissionSet|sso-admin",
        "kms.amazonaws.com.RotateKey|kms-events",
        "apigateway.CreateApi|apigatewayv2",
        "apigateway.amazonaws.com.CreateRestApi|apigateway"
      })
  void anEventSourceSharedByModelsFindsTheOperationInAnyOfThem(String line) {
    String[] parts = line.split("\\|");
    String op = parts[0].substring(parts[0].lastIndexOf('.') + 1);
    CliResult r = CliResult.run(parts[0], "--docs");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("eventName: " + op + " ");
    CliResult sameAsService = CliResult.run(parts[1] + "." + op, "--docs");
    assertThat(r.stdout()).isEqualTo(sameAsService.stdout());
  }

  @Test
  void recordContentCannotDriveTheTerminal(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("hostile.json");
    Files.writeString(log, hostileRecord());
    CliResult table = CliResult.run("scan", "--fields", log.toString());
    assertThat(table.stdout())
        .doesNotContain(ESC, "\u0007", "\u009b")
        .contains("iam.amazonaws.com\\e]0;PWNED\\x07", "Create\\e[2JPolicy")
        // the key in the paths' notation: JSON-quoted, its control character as \\u001b
        .contains("requestParameters[\"k\\u001b[31m\"]");
    CliResult check = CliResult.run("check", "--events", log.toString());
    assertThat(check.stdout()).doesNotContain(ESC, "\u0007").contains("Create\\e[2JPolicy");
    // JSON escapes it; CSV escapes it too, into a file as onto a terminal (issue 24: a CSV is
    // opened by spreadsheets and read with cat)
    CliResult csv = CliResult.run("scan", "--format", "csv", log.toString());
    assertThat(csv.stdout()).doesNotContain(ESC).contains("Create\\e[2JPolicy");
    CliResult json = CliResult.run("scan", "--format", "json", log.toString());
    assertThat(json.stdout()).doesNotContain(ESC).contains("Create\\u001B[2JPolicy");
  }

  @Test
  void csvOnATerminalIsEscaped(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("hostile.json");
    Files.writeString(log, hostileRecord());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(
        new CliContext(
            new PrintWriter(out),
            new PrintWriter(err),
            java.io.InputStream.nullInputStream(),
            CliResult.EMBEDDED_MODELS,
            true,
            false),
        "scan",
        "--format",
        "csv",
        log.toString());
    assertThat(out.toString()).doesNotContain(ESC).contains("Create\\e[2JPolicy");
  }

  @Test
  void typedArgumentsAreEscapedAndBoundedInMessages() {
    CliResult r = CliResult.run("iam." + ESC + "]0;PWNED\u0007");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.stderr())
        .isEqualTo(
            "cloudtrail-schema: unknown operation '\\e]0;PWNED\\x07' in iam"
                + " ('cloudtrail-schema iam' lists its operations)\n");
    String huge = "x".repeat(100_000);
    CliResult big = CliResult.run(huge);
    assertThat(big.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(big.stderr())
        .isEqualTo(
            "cloudtrail-schema: unknown service '"
                + "x".repeat(200)
                + "… (100,000 characters)' ('cloudtrail-schema' lists all services)\n");
    CliResult op = CliResult.run("iam." + huge, "--docs");
    assertThat(op.stderr()).hasSizeLessThan(500).contains("… (100,000 characters)");
  }

  @Test
  void exportNeverWritesOutsideOut(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("a/b/c/d/out");
    CliResult r =
        CliResult.run(
            "export",
            "--format",
            "json-schema",
            "--out",
            out.toString(),
            "--models",
            HOSTILE_MODELS.toString(),
            "hostile");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stderr())
        .isEqualTo(
            "cloudtrail-schema: export: hostile...: not a safe file name: '...json'"
                + " (letters, digits, '.', '_', '-'; not starting with '.')\n"
                + "cloudtrail-schema: export: hostile.../../../../tmp/x/PWNED-op: not a safe file name:"
                + " '../../../../tmp/x/PWNED-op.json' (letters, digits, '.', '_', '-'; not"
                + " starting with '.')\n"
                + "cloudtrail-schema: export: 2 events failed, 1 exported\n");
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
          .containsExactlyInAnyOrder(
              "a/b/c/d/out/index.json",
              "a/b/c/d/out/shared/record.json",
              "a/b/c/d/out/hostile/Fine.json");
    }
  }

  /** The README's examples of a suggestion and of export's paths lines are what the tool prints. */
  @Test
  void readmeShowsWhatTheToolPrints() throws IOException {
    String readme = Files.readString(Checkout.file("README.md"));
    CliResult typo = CliResult.run("iam.CreatPolicy");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(readme).contains("$ cloudtrail-schema iam.CreatPolicy\n" + typo.stderr());
    CliResult rds = CliResult.run("export", "--format", "paths", "rds");
    assertThat(rds.stdout())
        .contains(
            "rds.amazonaws.com\tCreateDBInstance\trequestParameters.dBInstanceIdentifier\tstring"
                + "\trequestParameters.dbInstanceIdentifier\n");
    assertThat(readme)
        .contains(
            "rds.amazonaws.com\tCreateDBInstance\trequestParameters.dBInstanceIdentifier\tstring"
                + "\trequestParameters.dbInstanceIdentifier\n");
  }

  static final Path BROKEN_OPS = Path.of("src/test/resources/models/brokenops");

  /**
   * A user's model with a dangling reference, a {@code "type": "wibble"} and a pattern that does
   * not compile: each broken operation is skipped with its shape named and counted, the rest of the
   * service works, and a show of a skipped operation is an unknown operation with the reason. The
   * second run reads the model cache and must say the same.
   */
  @Test
  void brokenShapesSkipTheirOperationCounted(@TempDir Path home) {
    String file = BROKEN_OPS.resolve("brokenops-2020-01-01-model.json").toString();
    String skipped =
        "cloudtrail-schema: skipped "
            + file
            + ": service brokenops, operation Dangling skipped: input refers to missing shape"
            + " \"NoSuchRequest\"\n"
            + "cloudtrail-schema: skipped "
            + file
            + ": service brokenops, operation Wibble skipped: shape \"Wibbly\" has unknown type"
            + " \"wibble\"\n"
            + "cloudtrail-schema: skipped "
            + file
            + ": service brokenops, operation BadPattern skipped: shape \"BadId\" has an invalid"
            + " pattern (Illegal character range)\n"
            + "cloudtrail-schema: 3 operation(s) skipped; the other operations are usable\n";
    Map<String, String> env =
        Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve("cache").toString());
    for (int run = 0; run < 2; run++) { // the second from the cache
      CliResult list = models(env, "brokenops");
      assertThat(list.exitCode()).isZero();
      assertThat(list.stderr()).isEqualTo(skipped);
      assertThat(list.stdout()).contains("1 operation,").contains("\nFine\n");
      CliResult fine = models(env, "brokenops.Fine.input");
      assertThat(fine.exitCode()).isZero();
      assertThat(fine.stdout()).contains("\"name\": \"string\"");
      CliResult wibble = models(env, "brokenops.Wibble");
      assertThat(wibble.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(wibble.stderr())
          .isEqualTo(
              skipped
                  + "cloudtrail-schema: unknown operation 'Wibble' in brokenops: skipped when its"
                  + " model was loaded: shape \"Wibbly\" has unknown type \"wibble\"\n");
      CliResult dangling = models(env, "brokenops.dangling.input");
      assertThat(dangling.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(dangling.stderr())
          .endsWith(
              "cloudtrail-schema: unknown operation 'dangling' in brokenops: skipped when its"
                  + " model was loaded: input refers to missing shape \"NoSuchRequest\"\n");
    }
  }

  private static CliResult models(Map<String, String> env, String selector) {
    return CliResult.run(
        java.io.InputStream.nullInputStream(), env, "--models", BROKEN_OPS.toString(), selector);
  }

  static final String GOOD_RECORD =
      "{\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"GetUser\","
          + "\"awsRegion\":\"us-east-1\",\"eventTime\":\"2024-05-01T00:00:00Z\","
          + "\"requestParameters\":{\"userName\":\"bob\"},\"responseElements\":null}";

  @Test
  void symbolicLinksAreFollowedAndLoopsReportedOnce(@TempDir Path dir) throws IOException {
    Path real = Files.createDirectories(dir.resolve("real/sub"));
    Files.writeString(real.resolve("a.json"), GOOD_RECORD);
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Files.createSymbolicLink(real.resolve("loop"), dir.resolve("real"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("b.json"), GOOD_RECORD);
    Files.createSymbolicLink(real.resolve("linked-other"), other);
    for (String cmd : new String[] {"scan", "check"}) {
      CliResult r = CliResult.run(cmd, dir.resolve("link").toString(), "--format", "json");
      assertThat(r.exitCode()).as(cmd + ": " + r.stderr()).isZero();
      assertThat(r.stdout()).contains("\"records\" : 2");
      assertThat(r.stderr())
          .isEqualTo(
              "cloudtrail-schema: "
                  + dir.resolve("link/sub/loop")
                  + ": symbolic link loop, not followed\n");
    }
  }

  @Test
  void runsThatReadNothingSaySoAndExitOne(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path zero = Files.createFile(dir.resolve("zero.json.gz"));
    Path layout = Files.createDirectories(dir.resolve("AWSLogs/111122223333/CloudTrail/us-east-1"));
    Files.writeString(layout.resolve("111122223333_CloudTrail_us-east-1_x.json"), GOOD_RECORD);
    for (String cmd : new String[] {"scan", "check"}) {
      CliResult none = CliResult.run(cmd, empty.toString());
      assertThat(none.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(none.stderr())
          .isEqualTo(
              "cloudtrail-schema: no CloudTrail record read from " + empty + " (0 files)\n");
      CliResult zeroByte = CliResult.run(cmd, zero.toString());
      assertThat(zeroByte.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(zeroByte.stderr())
          .startsWith("cloudtrail-schema: " + zero + ": skipped: empty: no JSON value\n")
          .endsWith(
              "cloudtrail-schema: no CloudTrail record read from "
                  + zero
                  + " (1 file(s), 1 skipped)\n");
      CliResult blank = CliResult.run(cmd, "");
      assertThat(blank.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(blank.stderr())
          .isEqualTo(
              "cloudtrail-schema: an empty INPUT ('') names nothing; use . for the current folder\n");
    }
    CliResult mars = CliResult.run("scan", dir.toString(), "--log-region", "mars-1");
    assertThat(mars.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(mars.stderr()).endsWith("no CloudTrail record read from " + dir + " (0 files)\n");
    CliResult us =
        CliResult.run("scan", dir.resolve("AWSLogs").toString(), "--log-region", "us-east-1");
    assertThat(us.exitCode()).as(us.stderr()).isZero();
  }

  @Test
  void aRecordWithDuplicateKeysIsReportedAndSkipped(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("dup.json");
    Files.writeString(
        f,
        "[" + GOOD_RECORD + ",{\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreatePolicy\","
            + "\"eventName\":\"DeleteUser\"}]");
    for (String cmd : new String[] {"scan", "check"}) {
      CliResult r = CliResult.run(cmd, f.toString(), "--format", "json");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.stderr())
          .isEqualTo(
              "cloudtrail-schema: "
                  + f
                  + ": 1 value(s) skipped; the first: record 2: duplicate key 'eventName'\n");
      assertThat(r.stdout()).doesNotContain("DeleteUser").contains("GetUser");
    }
  }

  /**
   * check and scan --fields read requestParameters as a tree: a duplicate key inside it (at any
   * depth) is reported and the record skipped, as a top-level one is; the records after it are
   * still read. Plain scan skips those subtrees unread and does not see it.
   */
  @Test
  void checkSkipsARecordWithANestedDuplicateKey(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("nested-dup.json");
    String nested =
        GOOD_RECORD.replace(
            "{\"userName\":\"bob\"}",
            "{\"userName\":\"bob\",\"x\":{\"a\":[1,{\"b\":2,\"b\":3}],\"c\":4}}");
    Files.writeString(f, "{\"Records\":[" + nested + "," + GOOD_RECORD + "]}");
    CliResult r = CliResult.run("check", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stderr())
        .isEqualTo(
            "cloudtrail-schema: "
                + f
                + ": 1 value(s) skipped; the first: record 1: duplicate key 'b'\n");
    assertThat(r.stdout()).contains("1 record(s) in 1 file(s)");
    CliResult fields = CliResult.run("scan", "--fields", f.toString());
    assertThat(fields.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(fields.stderr()).isEqualTo(r.stderr());
    assertThat(fields.stdout()).doesNotContain("requestParameters.x").contains("1 records");
    CliResult plain = CliResult.run("scan", f.toString());
    assertThat(plain.exitCode()).as("plain scan skips the subtrees").isZero();
    assertThat(plain.stdout()).contains("2 records");
  }

  @Test
  void oneLimitAndOneMessageForHugeStrings(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("huge.json");
    Files.writeString(
        f,
        GOOD_RECORD
            + "\n{\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\""
            + "A".repeat(20_051_112)
            + "\"}\n");
    for (String cmd : new String[] {"scan", "check"}) {
      CliResult r = CliResult.run(cmd, f.toString(), "--format", "json");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.stderr())
          .startsWith(
              "cloudtrail-schema: "
                  + f
                  + ": skipped: record 2: larger than 4 MiB, the most a record may be\n");
    }
  }

  /**
   * Each of the parser's other limits is named as what it is, not as the string limit: a hostile
   * nesting, a number thousands of digits long, a key longer than any API has.
   */
  @Test
  void eachParserLimitIsNamedForWhatItIs(@TempDir Path dir) throws IOException {
    String record = "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",";
    Map<String, String> cases =
        Map.of(
            "deep.json", record + "\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            "number.json", record + "\"x\":" + "1".repeat(5000) + "}",
            "name.json", record + "\"" + "k".repeat(60_000) + "\":1}");
    Map<String, String> expected =
        Map.of(
            "deep.json", "document nesting depth (1001) exceeds the maximum allowed (1000)",
            "number.json", "number value length (5000) exceeds the maximum allowed (1000)",
            "name.json", "exceeds the maximum allowed (50000)");
    for (var c : cases.entrySet()) {
      Path f = dir.resolve(c.getKey());
      Files.writeString(f, GOOD_RECORD + "\n" + c.getValue() + "\n");
      CliResult r = CliResult.run("check", f.toString(), "--format", "json");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(r.stderr().lines().findFirst().orElse(""))
          .as(c.getKey())
          .startsWith("cloudtrail-schema: " + f + ": skipped: record 2: ")
          .contains(expected.get(c.getKey()))
          .doesNotContain("16 MB", "StreamReadConstraints");
    }
  }

  /** scan, check and athena take an endpoint the same way: an http(s) URL with a host, else usage. */
  @Test
  void endpointsAreHttpUrls() {
    for (String bad : new String[] {"ftp://127.0.0.1:9", "localhost:9000", "http://"}) {
      for (String[] cmd :
          new String[][] {
            {"scan", "s3://bucket"}, {"check", "s3://bucket"}, {"athena", "inventory", "--run"}
          }) {
        List<String> args = new ArrayList<>(List.of(cmd));
        args.addAll(List.of("--endpoint-url", bad));
        CliResult r = CliResult.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("%s", args).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr())
            .isEqualTo(
                "cloudtrail-schema: --endpoint-url: not a URL (http[s]://host[:port]): "
                    + bad
                    + "\n");
      }
    }
  }

  @Test
  @Timeout(60)
  void aFifoIsReadAsAStream(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("fifo");
    Skip.unless(HardeningTest.class, Tools.onPath("mkfifo").isPresent(), "mkfifo not on PATH");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(ScanCommandTest.gzip("{\"Records\":[" + GOOD_RECORD + "]}"));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    CliResult r = CliResult.run("check", fifo.toString());
    writer.join(10_000);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("1 record(s) in 1 file(s)");
  }

  @Test
  void anEmptyNoColorLeavesColourOn() {
    for (var env :
        java.util.List.of(
            Map.of("NO_COLOR", "", "CLOUDTRAIL_SCHEMA_MODELS", "embedded"),
            Map.of("NO_COLOR", "1", "CLOUDTRAIL_SCHEMA_MODELS", "embedded"))) {
      StringWriter out = new StringWriter();
      Main.run(
          new CliContext(
              new PrintWriter(out),
              new PrintWriter(new StringWriter()),
              java.io.InputStream.nullInputStream(),
              env,
              true,
              true),
          "iam.CreatePolicy",
          "--docs");
      assertThat(out.toString().contains(ESC + "["))
          .as("colour with NO_COLOR='%s'", env.get("NO_COLOR"))
          .isEqualTo(env.get("NO_COLOR").isEmpty());
    }
  }

  @Test
  void completionOffersCommandsOptionsAndAliases() {
    assertThat(CliResult.run("__complete", "").stdout().lines())
        .contains("scan", "check", "export", "completion")
        .doesNotContain("__complete", "__warmup");
    assertThat(CliResult.run("__complete", "--", "--").stdout().lines())
        .contains("--format", "--envelope", "--eventbridge", "--docs");
    assertThat(CliResult.run("__complete", "aws.ia").stdout().lines()).contains("aws.iam");
    assertThat(CliResult.run("__complete", "iam.amazon").stdout().lines())
        .contains("iam.amazonaws.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scan", "check", "export", "completion"})
  void subcommandsPrintTheVersion(String sub) {
    CliResult r = CliResult.run(sub, "--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).startsWith("cloudtrail-schema ");
  }
}
