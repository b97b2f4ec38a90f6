package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.text.TerminalWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, "Hardening, second round": each numbered item's repro, run end to end, with the exit
 * code and the exact output asserted. (Item 3, serve, is in ExplorerServerTest; the reading rule's
 * details in the core's RecordReaderTest.)
 */
class SecondHardeningTest {
  static final String ESC = "\u001b";

  static String record(String eventName) {
    return "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T00:00:00Z\","
        + "\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\""
        + eventName
        + "\",\"awsRegion\":\"us-east-1\",\"recipientAccountId\":\"111122223333\","
        + "\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::111122223333:user/a\"},"
        + "\"requestParameters\":{\"policyName\":\"p\"},\"responseElements\":null}";
  }

  /** A model whose every name and text tries to drive a terminal, a wiki or a spreadsheet. */
  static Path evilModels(Path dir) throws IOException {
    Path models = Files.createDirectories(dir.resolve("evil-models"));
    String controls = "\\u001b]0;PWNED\\u0007\\u001b[2J\\r\\u009b31m";
    String model =
        """
        {"version": "2.0",
         "metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "evil", "protocol": "json",
           "serviceFullName": "Evil @@ <script>alert(1)</script> Service", "serviceId": "Evil",
           "signatureVersion": "v4", "uid": "evil-2020-01-01"},
         "documentation": "<p>Docs @@</p>",
         "operations": {"PutThing": {"name": "PutThing", "http": {"method": "POST",
           "requestUri": "/"}, "input": {"shape": "Req"}, "documentation": "<p>Summary @@</p>"}},
         "shapes": {
           "Req": {"type": "structure", "members": {
             "Na@@me": {"shape": "Str", "documentation": "doc @@"},
             "<img src=x onerror=alert(1)>": {"shape": "Mode"}}},
           "Str": {"type": "string"},
           "Mode": {"type": "string", "enum": ["A@@", "|b"]}}}
        """;
    Files.writeString(models.resolve("evil-2020-01-01-model.json"), model.replace("@@", controls));
    return models;
  }

  // Item 5: input reaches terminals and spreadsheets only through the one sanitiser.

  @Test
  void csvCellsAreNeutralisedForSpreadsheetsAndTerminals(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("formulas.json");
    Files.writeString(
        log,
        "{\"Records\":["
            + String.join(
                ",",
                record("=1+1"),
                record("+1+cmd|' /C calc'!A0"),
                record("@SUM(1)"),
                record("=HYPERLINK(\\\"http://x\\\",\\\"y\\\")"),
                record("-2"),
                record("\\tTab"),
                record("Esc" + "\\u001b]0;PWNED\\u0007" + "\\u009b2J"),
                record("Plain"))
            + "]}");
    CliResult csv = CliResult.run("scan", "--format", "csv", log.toString());
    assertThat(csv.exitCode()).as(csv.stderr()).isZero();
    assertThat(
            csv.stdout()
                .lines()
                .skip(1)
                .map(l -> l.substring(l.indexOf(',') + 1, l.indexOf(",1,0,"))))
        .containsExactly(
            "\"'\\x09Tab\"",
            "\"'+1+cmd|' /C calc'!A0\"",
            "\"'-2\"",
            "\"'=1+1\"",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            "\"'@SUM(1)\"",
            "Esc\\e]0;PWNED\\x07\\x9b2J",
            "Plain");
    // the same with observed field paths, a row per path
    Files.writeString(log, "{\"Records\":[" + record("=cmd") + "]}");
    CliResult fields = CliResult.run("scan", "--fields", "--format", "csv", log.toString());
    assertThat(fields.stdout())
        .contains("iam.amazonaws.com,\"'=cmd\",requestParameters.policyName,1,unknown\r\n");
  }

  @Test
  void lintTextEscapesWhatItQuotes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("policy" + ESC + "[2J.yml");
    Files.writeString(
        f,
        "policies:\n  - name: p\n    resource: aws.iam-policy\n    mode:\n      type: cloudtrail\n"
            + "      events:\n        - source: iam.amazonaws.com\n"
            + "          event: \"Create\\e]0;PWNED\\aPolicy\"\n"
            + "          ids: responseElements.policy.arn\n");
    CliResult r = CliResult.run("lint", f.toString());
    assertThat(r.stdout()).isNotEmpty().doesNotContain(ESC, "\u0007");
    assertThat(r.stdout()).contains("policy\\e[2J.yml:8:", "Create\\e]0;PWNED\\x07Policy");
  }

  /**
   * Whatever a format prints of a hostile model reaches a terminal escaped (Main puts stdout on a
   * terminal behind {@link TerminalWriter}); the colours of --color=always still pass.
   */
  @Test
  void aTerminalSeesNoControlOfAModelOnlyColours(@TempDir Path dir) throws IOException {
    Path models = evilModels(dir);
    for (String[] args :
        new String[][] {
          {"evil"},
          {"evil.PutThing"},
          {"evil.PutThing", "--docs"},
          {"evil.PutThing", "-f", "paths"},
          {"evil.PutThing", "-f", "sigma"},
          {"evil.PutThing", "-f", "example"},
          {"evil.PutThing", "-f", "json-schema"},
          {"evil.PutThing", "-f", "markdown"}
        }) {
      StringWriter out = new StringWriter();
      String[] all = new String[args.length + 3];
      all[0] = "--models";
      all[1] = models.toString();
      all[2] = "--color=always";
      System.arraycopy(args, 0, all, 3, args.length);
      int code =
          Main.run(
              new CliContext(
                  new PrintWriter(new TerminalWriter(out)),
                  new PrintWriter(new StringWriter()),
                  InputStream.nullInputStream(),
                  Map.of(),
                  true,
                  false),
              all);
      String shown = out.toString().replaceAll("\u001b\\[(0|1|2|32|33|34)m", "");
      assertThat(code).as(String.join(" ", args)).isZero();
      assertThat(shown)
          .as(String.join(" ", args))
          .doesNotContain(ESC, "\u0007", "\u009b", "\r")
          .contains("PWNED");
    }
  }

  @Test
  void markdownShowsModelNamesAsText(@TempDir Path dir) throws IOException {
    Path models = evilModels(dir);
    Path out = dir.resolve("md");
    CliResult r =
        CliResult.run(
            "export", "--models", models.toString(), "--format", "markdown", "--out",
            out.toString(), "evil");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    String page = Files.readString(out.resolve("evil.md"));
    // text escaped; the member's name only inside a code span, where Markdown shows it literally
    assertThat(page)
        .startsWith("# Evil ")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("| `requestParameters[\"<img src=x onerror=alert(1)>\"]` |")
        .doesNotContain("<script");
    assertThat(page.replace("`requestParameters[\"<img src=x onerror=alert(1)>\"]`", ""))
        .doesNotContain("<img");
    assertThat(Files.readString(out.resolve("index.md"))).contains("| [evil](evil.md) | ");
  }

  // Item 6: export writes nothing outside --out, and nothing when an argument is refused.

  @Test
  void exportNeverWritesThroughALinkOutOfOut(@TempDir Path dir) throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
    Path out = Files.createDirectories(dir.resolve("out/iam"));
    Files.createSymbolicLink(out.resolve("CreatePolicy.yml"), Path.of("../../victim.txt"));
    CliResult r =
        CliResult.run(
            "export", "--format", "custodian", "--out", dir.resolve("out").toString(), "iam");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(r.stderr())
        .isEqualTo(
            "cloudtrail-schema: I/O error: refusing to write "
                + out.toRealPath().resolve("CreatePolicy.yml")
                + ": a symbolic link (export writes nothing through a link)\n");
    assertThat(Files.readString(victim)).isEqualTo("precious\n");
    // a linked folder is refused the same way, for every format's writer
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path out2 = Files.createDirectories(dir.resolve("out2"));
    Files.createSymbolicLink(out2.resolve("sts"), elsewhere);
    Files.createSymbolicLink(out2.resolve("data"), elsewhere);
    for (String format : new String[] {"json-schema", "example", "site"}) {
      CliResult f = CliResult.run("export", "--format", format, "--out", out2.toString(), "sts");
      assertThat(f.exitCode()).as(format + ": " + f.stderr()).isEqualTo(ExitCodes.IO);
      assertThat(f.stderr()).as(format).contains("a symbolic link").hasLineCount(1);
    }
    try (var left = Files.list(elsewhere)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anEmptyOutOrARefusedArgumentWritesNothing(@TempDir Path dir) throws IOException {
    Path here = Path.of("index.json");
    assertThat(here).doesNotExist();
    CliResult empty = CliResult.run("export", "--format", "json-schema", "--out", "", "sts");
    assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.stderr())
        .isEqualTo(
            "cloudtrail-schema: --out: an empty name; give a folder ('--out .' for this one)\n");
    assertThat(here).doesNotExist();
    Path x = dir.resolve("x");
    CliResult refused =
        CliResult.run("export", "--format", "json-schema", "--out", x.toString(), "../../etc");
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.stderr()).startsWith("cloudtrail-schema: unknown service '../../etc'");
    assertThat(x).doesNotExist();
  }

  // Item 7: hostile model folders and caches are bounded, each problem one line.

  /** A botocore model whose input is a chain of {@code depth} structures. */
  static Path deepChain(Path dir, int depth) throws IOException {
    StringBuilder shapes = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      shapes.append(
          "\"S" + i + "\":{\"type\":\"structure\",\"members\":{\"m\":{\"shape\":\"S" + (i + 1) + "\"}}},");
    }
    shapes.append("\"S").append(depth).append("\":{\"type\":\"string\"}");
    Path file =
        Files.createDirectories(dir.resolve("deep/deepchain/2020-01-01")).resolve("service-2.json");
    Files.writeString(
        file,
        "{\"version\":\"2.0\",\"metadata\":{\"apiVersion\":\"2020-01-01\",\"endpointPrefix\":"
            + "\"deepchain\",\"protocol\":\"json\",\"serviceFullName\":\"Deep\",\"serviceId\":"
            + "\"Deep\",\"signatureVersion\":\"v4\",\"uid\":\"deepchain-2020-01-01\"},"
            + "\"operations\":{\"Op\":{\"name\":\"Op\",\"http\":{\"method\":\"POST\","
            + "\"requestUri\":\"/\"},\"input\":{\"shape\":\"S0\"}}},\"shapes\":{"
            + shapes
            + "}}");
    return dir.resolve("deep");
  }

  @Test
  void aDeepShapeChainIsOneLineNotAStackOverflow(@TempDir Path dir) throws IOException {
    Path models = deepChain(dir, 1_000);
    CliResult show = CliResult.run("--models", models.toString(), "deepchain.Op");
    assertThat(show.exitCode()).isEqualTo(ExitCodes.MODEL);
    assertThat(show.stderr())
        .isEqualTo(
            "cloudtrail-schema: model error: deepchain: shapes nest deeper than 200 levels (at"
                + " \"S201\"): the model is not usable\n");
    CliResult export =
        CliResult.run("export", "--models", models.toString(), "--format", "paths", "deepchain");
    assertThat(export.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(export.stderr()).contains("shapes nest deeper than 200 levels").doesNotContain("\tat ");
  }

  @Test
  void hostileModelFilesAreRefusedInALineEach(@TempDir Path dir) throws Exception {
    Path models = Files.createDirectories(dir.resolve("models"));
    // nested 2,000 levels deep
    Path nested = Files.createDirectories(models.resolve("nested/2020-01-01"));
    Files.writeString(
        nested.resolve("service-2.json"), "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
    // 2 GiB, sparse: its size alone refuses it
    Path big = Files.createDirectories(models.resolve("big/2020-01-01")).resolve("service-2.json");
    try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(2L << 30);
    }
    // 80 MiB of zeros in a small gzip
    Path bomb =
        Files.createDirectories(models.resolve("bomb/2020-01-01")).resolve("service-2.json.gz");
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 80; i++) {
        gz.write(zeros);
      }
    }
    // a link to a device and a FIFO, named as model files
    Path dev = Files.createDirectories(models.resolve("dev/2020-01-01"));
    Files.createSymbolicLink(dev.resolve("service-2.json"), Path.of("/dev/zero"));
    Path fifo = Files.createDirectories(models.resolve("fifo/2020-01-01"));
    boolean fifoMade =
        new ProcessBuilder("mkfifo", fifo.resolve("service-2.json").toString())
                .start()
                .waitFor()
            == 0;
    // and one good model beside them: the folder stays usable
    Path good = Files.createDirectories(models.resolve("fixture/2019-01-01"));
    Files.copy(
        Path.of("src/test/resources/models/botocore/fixture/2019-01-01/service-2.json"),
        good.resolve("service-2.json"));
    CliResult r = CliResult.run("fixture", "--models", models.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr())
        .doesNotContain("\tat ", "Exception")
        .contains(
            "nested/2020-01-01/service-2.json: not a usable model: document nesting depth (1001)"
                + " exceeds the maximum allowed (1000)",
            "big/2020-01-01/service-2.json: larger than 64 MiB, more than any model: not read",
            "service-2.json.gz: inflated, larger than 64 MiB, more than any model: not read",
            "dev/2020-01-01/service-2.json: not a regular file (a device, a FIFO?): not read")
        .endsWith(
            "cloudtrail-schema: "
                + (fifoMade ? 5 : 4)
                + " model file(s) skipped; the other services are usable\n")
        .hasLineCount(fifoMade ? 6 : 5);
    if (fifoMade) {
      assertThat(r.stderr())
          .contains("fifo/2020-01-01/service-2.json: not a regular file (a device, a FIFO?)");
    }
  }

  @Test
  void aHostileCacheIsRebuiltNotRead(@TempDir Path dir) throws Exception {
    Path models = Path.of("src/test/resources/models/botocore");
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    for (String damage : new String[] {"device", "fifo", "stamp"}) {
      try (var old = Files.walk(cache)) {
        old.sorted(java.util.Comparator.reverseOrder())
            .filter(p -> !p.equals(cache))
            .forEach(p -> p.toFile().delete());
      }
      assertThat(runWithEnv(env, "fixture", "--models", models.toString()).exitCode()).isZero();
      Path entry;
      // the models' entry (the cache folder holds other files too: the installations found, notes)
      try (var files = Files.walk(cache.resolve("cloudtrail-schema"))) {
        entry =
            files
                .filter(f -> f.getFileName().toString().equals("fixture.bin"))
                .findFirst()
                .orElseThrow()
                .getParent();
      }
      switch (damage) {
        case "device" -> {
          Files.delete(entry.resolve("fixture.bin"));
          Files.createSymbolicLink(entry.resolve("fixture.bin"), Path.of("/dev/zero"));
        }
        case "fifo" -> {
          Files.delete(entry.resolve("fixture.bin"));
          if (new ProcessBuilder("mkfifo", entry.resolve("fixture.bin").toString())
                  .start()
                  .waitFor()
              != 0) {
            continue;
          }
        }
        default -> {
          try (var f = new java.io.RandomAccessFile(entry.resolve("stamp").toFile(), "rw")) {
            f.setLength(3L << 30); // sparse
          }
        }
      }
      CliResult r = runWithEnv(env, "fixture", "--models", models.toString());
      assertThat(r.exitCode()).as(damage + ": " + r.stderr()).isZero();
      assertThat(r.stderr()).as(damage).contains("model cache ").contains("damaged").hasLineCount(1);
      assertThat(r.stdout()).as(damage).contains("fixture");
    }
  }

  private static CliResult runWithEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new CliContext(
                new PrintWriter(out),
                new PrintWriter(err),
                InputStream.nullInputStream(),
                env,
                false,
                false),
            args);
    return new CliResult(code, out.toString(), err.toString());
  }

  // Item 9: exit codes and messages as the README documents them, one line each.

  @Test
  void exitCodesAndMessagesAreTheDocumentedOnes(@TempDir Path dir) throws IOException {
    CliResult port = CliResult.run("serve", "--port", "-1");
    assertThat(port.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(port.stderr()).isEqualTo("cloudtrail-schema: --port: expected 0 to 65535, got -1\n");
    for (String sub : new String[] {"ddl", "view", "inventory"}) {
      CliResult v = CliResult.run("athena", sub, "--version");
      assertThat(v.exitCode()).isZero();
      assertThat(v.stdout()).as(sub).isEqualTo(CliResult.run("--version").stdout()).isNotEmpty();
    }
    Path log = Files.writeString(dir.resolve("one.json"), record("CreatePolicy"));
    CliResult quoted = CliResult.run("scan", "--log-region", "a\"b", log.toString());
    assertThat(quoted.stderr()).doesNotContain("WARN", "java.util");
    CliResult filtered = CliResult.run("scan", log.toString(), "--account", "999999999999");
    assertThat(filtered.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(filtered.stderr())
        .isEqualTo(
            "cloudtrail-schema: no CloudTrail record matched the filters: 1 record(s) read from "
                + log
                + ", every one left out by --account, --log-region, --since or --until (1 file(s),"
                + " 0 skipped)\n");
    for (String cmd : new String[] {"scan", "check", "lint"}) {
      CliResult missing = CliResult.run(cmd, dir.resolve("missing.json").toString());
      assertThat(missing.exitCode()).as(cmd).isEqualTo(ExitCodes.USAGE);
      assertThat(missing.stderr()).as(cmd).hasLineCount(1);
    }
  }

  @Test
  void lintNamesTheFilesItSkipsAndHidesParserInternals(@TempDir Path dir) throws IOException {
    Path other = Files.writeString(dir.resolve("compose.yml"), "services:\n  web: {}\n");
    CliResult r = CliResult.run("lint", other.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.stderr())
        .startsWith(
            "cloudtrail-schema: lint: "
                + other
                + ": skipped: no Custodian policy, EventBridge pattern or CloudTrail Sigma rule\n");
    Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(2_000));
    CliResult d = CliResult.run("lint", deep.toString());
    assertThat(d.stdout())
        .contains("nesting depth")
        .doesNotContain("StreamReadConstraints", "getMaxNestingDepth", "`");
  }

  /** A JVM error (a stack overflow, memory exhausted) is exit code 70 and one line, no trace. */
  @Test
  void aJvmErrorIsOneLineAndSeventy() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx =
        new CliContext(
            new PrintWriter(out),
            new PrintWriter(err),
            InputStream.nullInputStream(),
            Map.of(),
            false,
            false);
    int code = Main.handle(new OutOfMemoryError("Java heap space"), ctx);
    ctx.err().flush();
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .isEqualTo(
            "cloudtrail-schema: internal error: java.lang.OutOfMemoryError: Java heap space\n"
                + "Set CLOUDTRAIL_SCHEMA_DEBUG=1 for the stack trace.\n");
  }

  // Item 10: the newcomer's path.

  /**
   * The completion script in a real bash: registered for ./cloudtrail-schema as the README runs it
   * (it asks the command as typed, not one on PATH), completing commands, options and --format
   * values.
   */
  @Test
  void bashCompletesCommandsOptionsAndFormatValues(@TempDir Path dir) throws Exception {
    Path tool = dir.resolve("cloudtrail-schema");
    Files.writeString(
        tool,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' io.github.cloudtrailschema.cli.Main \"$@\"\n");
    tool.toFile().setExecutable(true);
    Path script = dir.resolve("completion.bash");
    Files.writeString(script, CliResult.run("completion", "bash").stdout());
    String[][] cases = {
      {"./cloudtrail-schema sca", "scan"},
      {"./cloudtrail-schema scan --for", "--format"},
      {"./cloudtrail-schema scan logs/ --format c", "csv"},
      {"./cloudtrail-schema iam.CreatePolicy -f json-s", "json-schema"},
      {"./cloudtrail-schema --color a", "auto"},
      {"./cloudtrail-schema export --format si", "site"},
      {"./cloudtrail-schema athena vi", "view"},
    };
    for (String[] c : cases) {
      String bash =
          "source '"
              + script
              + "'; complete -p ./cloudtrail-schema >/dev/null || exit 9;"
              + " COMP_WORDS=("
              + c[0]
              + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _cloudtrail_schema;"
              + " printf '%s\\n' \"${COMPREPLY[@]}\"";
      Process p =
          new ProcessBuilder("bash", "-c", bash)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .start();
      String got = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).as(c[0] + ": " + got).isZero();
      assertThat(got.lines()).as(c[0]).contains(c[1]);
    }
  }

  /** Every command's summary in its parent's list is one whole sentence, not a line cut short. */
  @Test
  void helpSummariesAreWholeSentences() {
    java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
    todo.add(
        PicocliCli.commandLine(
            new CliContext(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                InputStream.nullInputStream(),
                Map.of(),
                false,
                false)));
    int seen = 0;
    while (!todo.isEmpty()) {
      picocli.CommandLine c = todo.poll();
      todo.addAll(c.getSubcommands().values());
      if (c.getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      String[] d = c.getCommandSpec().usageMessage().description();
      assertThat(d).as(c.getCommandName()).isNotEmpty();
      assertThat(d[0]).as(c.getCommandName()).endsWith(".").hasSizeLessThanOrEqualTo(80);
      seen++;
    }
    assertThat(seen).isGreaterThan(12);
  }

  @Test
  void misspeltCommandsAreSuggestedAndUselessOptionsRefused() {
    for (String[] args :
        new String[][] {{"sacn"}, {"exprot"}, {"scna", "logs/"}, {"exprot", "--format", "paths"}}) {
      CliResult r = CliResult.run(args);
      assertThat(r.exitCode()).as(args[0]).isEqualTo(ExitCodes.USAGE);
      assertThat(r.stderr())
          .as(args[0])
          .contains("did you mean " + (args[0].startsWith("s") ? "scan" : "export") + "?")
          .doesNotContain("Unmatched", "acm");
    }
    CliResult docs = CliResult.run("--docs");
    assertThat(docs.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(docs.stderr())
        .isEqualTo(
            "cloudtrail-schema: --docs applies to an event (SERVICE.OPERATION), not to the service"
                + " list\n");
    for (String format : new String[] {"tree", "sigma", "paths"}) {
      CliResult eb = CliResult.run("iam.CreatePolicy", "--eventbridge", "-f", format);
      assertThat(eb.exitCode()).as(format).isEqualTo(ExitCodes.USAGE);
      assertThat(eb.stderr())
          .as(format)
          .startsWith("cloudtrail-schema: --eventbridge wraps")
          .hasLineCount(1);
    }
    assertThat(CliResult.run("iam.CreatePolicy", "--eventbridge", "-f", "example").exitCode()).isZero();
  }
}
