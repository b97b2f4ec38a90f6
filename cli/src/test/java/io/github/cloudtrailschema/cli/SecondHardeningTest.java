package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    CliRun csv = CliRun.run("scan", "--format", "csv", log.toString());
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(
            csv.out()
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
    CliRun fields = CliRun.run("scan", "--fields", "--format", "csv", log.toString());
    assertThat(fields.out())
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
    CliRun r = CliRun.run("lint", f.toString());
    assertThat(r.out()).isNotEmpty().doesNotContain(ESC, "\u0007");
    assertThat(r.out()).contains("policy\\e[2J.yml:8:", "Create\\e]0;PWNED\\x07Policy");
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
    CliRun r =
        CliRun.run(
            "export", "--models", models.toString(), "--format", "markdown", "--out",
            out.toString(), "evil");
    assertThat(r.code()).as(r.err()).isZero();
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
    CliRun r =
        CliRun.run(
            "export", "--format", "custodian", "--out", dir.resolve("out").toString(), "iam");
    assertThat(r.code()).isEqualTo(ExitCodes.IO);
    assertThat(r.err())
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
      CliRun f = CliRun.run("export", "--format", format, "--out", out2.toString(), "sts");
      assertThat(f.code()).as(format + ": " + f.err()).isEqualTo(ExitCodes.IO);
      assertThat(f.err()).as(format).contains("a symbolic link").hasLineCount(1);
    }
    try (var left = Files.list(elsewhere)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anEmptyOutOrARefusedArgumentWritesNothing(@TempDir Path dir) throws IOException {
    Path here = Path.of("index.json");
    assertThat(here).doesNotExist();
    CliRun empty = CliRun.run("export", "--format", "json-schema", "--out", "", "sts");
    assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.err())
        .isEqualTo(
            "cloudtrail-schema: --out: an empty name; give a folder ('--out .' for this one)\n");
    assertThat(here).doesNotExist();
    Path x = dir.resolve("x");
    CliRun refused =
        CliRun.run("export", "--format", "json-schema", "--out", x.toString(), "../../etc");
    assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).startsWith("cloudtrail-schema: unknown service '../../etc'");
    assertThat(x).doesNotExist();
  }
}
