package io.github.cloudtrailschema.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
  static final String R1 =
      "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\","
          + "\"requestParameters\":{\"bucketName\":\"b\"}}";
  static final String R2 = "{\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"GetRole\"}";

  @TempDir Path tmp;

  private final List<String> seen = new ArrayList<>();

  private FileReport read(byte[] bytes) {
    return new RecordReader()
        .read("mem", new ByteArrayInputStream(bytes), new TreeDecoder(this::see));
  }

  private void see(ObjectNode r) {
    seen.add(r.get("eventName").asText());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void logFileGzippedAndPlain() throws IOException {
    String log = "{\"Records\":[" + R1 + "," + R2 + "]}";
    assertThat(read(gzip(utf8(log)))).isEqualTo(new FileReport("mem", 2, 0, null));
    assertThat(read(utf8(log))).isEqualTo(new FileReport("mem", 2, 0, null));
    assertThat(seen).containsExactly("GetObject", "GetRole", "GetObject", "GetRole");
  }

  /**
   * The read buffers are reused from file to file on a thread (ReadBuffers): a file larger than
   * them, in several gzip members, then a corrupt one, then a small one, each read whole and
   * exactly; and closing the gzip reader leaves the caller's stream open.
   */
  @Test
  void buffersReusedAcrossFilesOnOneThread() throws IOException {
    StringBuilder big = new StringBuilder();
    java.util.Random random = new java.util.Random(7); // bucket names that do not compress away
    for (int i = 0; i < 6000; i++) {
      String bucket = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
      big.append(i % 2 == 0 ? R1.replace("\"b\"", '"' + bucket + '"') : R2).append('\n');
    }
    byte[] member = gzip(utf8(big.toString()));
    ByteArrayOutputStream members = new ByteArrayOutputStream();
    for (int i = 0; i < 3; i++) {
      members.write(member);
    }
    assertThat(members.size()).isGreaterThan(ReadBuffers.SIZE);
    byte[] corrupt = gzip(utf8(big.toString()));
    corrupt[corrupt.length / 2] ^= 0x55;

    assertThat(read(members.toByteArray())).isEqualTo(new FileReport("mem", 18000, 0, null));
    assertThat(read(corrupt).ok()).isFalse();
    boolean[] closed = {false};
    InputStream small =
        new ByteArrayInputStream(gzip(utf8(R2))) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    FileReport last = new RecordReader().read("small", small, new TreeDecoder(this::see));
    assertThat(last).isEqualTo(new FileReport("small", 1, 0, null));
    assertThat(closed[0]).as("the caller's stream is the caller's to close").isFalse();
    assertThat(seen.subList(seen.size() - 1, seen.size())).containsExactly("GetRole");
  }

  @Test
  void jsonLinesArrayAndSingleRecord() {
    assertThat(read(utf8(R1 + "\n" + R2 + "\n")).records()).isEqualTo(2);
    assertThat(read(utf8("[" + R2 + "," + R1 + "]")).records()).isEqualTo(2);
    assertThat(read(utf8(R1)).records()).isEqualTo(1);
    assertThat(seen).containsExactly("GetObject", "GetRole", "GetRole", "GetObject", "GetObject");
  }

  @Test
  void eventBridgeEnvelopeIsUnwrapped() {
    String env =
        "{\"version\":\"0\",\"detail-type\":\"AWS API Call via CloudTrail\","
            + "\"source\":\"aws.s3\",\"detail\":"
            + R1
            + "}";
    List<ObjectNode> records = new ArrayList<>();
    FileReport r =
        new RecordReader()
            .read(
                "mem",
                new ByteArrayInputStream(utf8(env + "\n" + env)),
                new TreeDecoder(records::add));
    assertThat(r.records()).isEqualTo(2);
    assertThat(records.get(0).get("requestParameters").get("bucketName").asText()).isEqualTo("b");
    assertThat(records.get(0).has("detail-type")).isFalse();
  }

  @Test
  void recordsAfterOtherFieldsAndNonRecordValuesAreCounted() {
    String log =
        "{\"Meta\":{\"a\":1},\"Records\":["
            + R1
            + ",{\"eventName\":\"X\"},42,"
            + R2
            + "],\"Tail\":[1]}";
    assertThat(read(utf8(log))).isEqualTo(new FileReport("mem", 2, 2, null));
    // eventSource must be a string
    assertThat(read(utf8("[" + R1 + ",{\"eventSource\":1,\"eventName\":\"X\"}]")).skippedRecords())
        .isEqualTo(1);
  }

  @Test
  void emptyLogIsFine() {
    assertThat(read(utf8("{\"Records\":[]}"))).isEqualTo(new FileReport("mem", 0, 0, null));
    assertThat(read(new byte[0])) // issue 9: a 0-byte file is skipped with its reason
        .isEqualTo(
            new FileReport(
                "mem", 0, 0, new Problem(Problem.Kind.NOT_CLOUDTRAIL, "empty: no JSON value")));
  }

  @Test
  void corruptGzip() throws IOException {
    byte[] gz = gzip(utf8("{\"Records\":[" + R1 + "]}"));
    for (int i = 12; i < gz.length - 8; i++) {
      gz[i] ^= 0x5a;
    }
    assertThat(read(gz).problem().kind()).isEqualTo(Problem.Kind.CORRUPT_GZIP);
    byte[] cut = Arrays.copyOf(gzip(utf8("{\"Records\":[" + R1 + "]}")), 20);
    FileReport r = read(cut);
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.CORRUPT_GZIP);
    assertThat(r.describe()).startsWith("mem: skipped: corrupt gzip");
  }

  @Test
  void truncatedJsonReportsRecordsBefore() throws IOException {
    String log = "{\"Records\":[" + R1 + "," + R2 + "," + R1.substring(0, 30);
    FileReport r = read(gzip(utf8(log)));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.TRUNCATED_JSON);
    assertThat(r.records()).isEqualTo(2);
    assertThat(r.problem().message()).startsWith("truncated JSON after 2 record(s)");
  }

  @Test
  void malformedJson() {
    FileReport r = read(utf8("{\"Records\":[" + R1 + ",}"));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.MALFORMED_JSON);
    assertThat(r.problem().message()).contains("line 1");
  }

  @Test
  void jsonThatIsNotCloudTrail() throws IOException {
    FileReport r = read(gzip(utf8("{\"awsAccountId\":\"1\",\"logFiles\":[]}")));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.NOT_CLOUDTRAIL);
    assertThat(read(utf8("[1,2,{\"a\":1}]")).problem().kind())
        .isEqualTo(Problem.Kind.NOT_CLOUDTRAIL);
  }

  @Test
  void unreadableFiles() throws IOException {
    RecordReader reader = new RecordReader();
    Path missing = tmp.resolve("missing.json.gz");
    FileReport r =
        reader.read(
            new LogFile(missing.toString(), -1, () -> Files.newInputStream(missing), false),
            new TreeDecoder(this::see));
    assertThat(r.problem())
        .isEqualTo(new Problem(Problem.Kind.UNREADABLE, "cannot open: no such file"));
    Path dir = Files.createDirectory(tmp.resolve("dir.json"));
    FileReport d =
        reader.read(
            new LogFile(dir.toString(), -1, () -> Files.newInputStream(dir), false),
            new TreeDecoder(this::see));
    assertThat(d.problem().kind()).isEqualTo(Problem.Kind.UNREADABLE);
  }

  @Test
  void sourceFailureMidReadIsRetryableKind() throws IOException {
    byte[] gz = gzip(utf8("{\"Records\":[" + R1 + "," + R2 + "]}"));
    InputStream failing =
        new SourceStream(new ByteArrayInputStream(gz, 0, gz.length / 2) {}, gz.length);
    FileReport r = new RecordReader().read("s3://b/k", failing, new TreeDecoder(this::see));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.SOURCE_FAILED);
    assertThat(r.problem().kind().retryable()).isTrue();
    assertThat(r.problem().message()).contains("connection closed after");
  }

  @Test
  void summaryDecoderSeesOnlyWhatItNeeds() {
    List<String> got = new ArrayList<>();
    String env =
        "{\"detail-type\":\"x\",\"detail\":{\"eventSource\":\"a\",\"eventName\":\"B\","
            + "\"userIdentity\":{\"type\":\"AWSService\",\"invokedBy\":\"svc.amazonaws.com\"},"
            + "\"readOnly\":\"true\",\"errorCode\":\"E\",\"eventTime\":\"2024-01-01T00:00:00Z\"}}";
    FileReport r =
        new RecordReader()
            .read(
                "mem",
                new ByteArrayInputStream(utf8(env)),
                new SummaryDecoder(
                    s ->
                        got.add(
                            s.eventSource
                                + " "
                                + s.eventName
                                + " "
                                + s.principal()
                                + " "
                                + s.readOnly
                                + " "
                                + s.errorCode
                                + " "
                                + s.eventTime),
                    false));
    assertThat(r.records()).isEqualTo(1);
    assertThat(got).containsExactly("a B svc.amazonaws.com 1 E 2024-01-01T00:00:00Z");
  }

  // Issue 24: one reading rule for every reader. Each case is read by check's decoder (trees) and
  // scan's (summaries) and must give the same report: records in = records counted + skipped.

  private FileReport both(byte[] bytes) {
    FileReport tree = read(bytes);
    List<String> names = new ArrayList<>();
    FileReport summary =
        new RecordReader()
            .read(
                "mem",
                new ByteArrayInputStream(bytes),
                new SummaryDecoder(r -> names.add(r.eventName), true));
    assertThat(summary).as("scan's decoder counts as check's").isEqualTo(tree);
    return tree;
  }

  @Test
  void aSecondRecordsKeyIsRefusedNotHidden() {
    FileReport r = both(utf8("{\"Records\":[" + R1 + "],\"Records\":[" + R2 + "," + R1 + "]}"));
    assertThat(r.ok()).isTrue();
    assertThat(r.records()).isEqualTo(1);
    assertThat(r.skippedRecords()).isEqualTo(2);
    assertThat(r.describe())
        .isEqualTo(
            "mem: 2 value(s) skipped; the first: record 2: duplicate key 'Records': the 2 value(s)"
                + " of the second 'Records' are not read (readers differ on which one a log file"
                + " holds)");
    assertThat(seen).containsExactly("GetObject");
  }

  @Test
  void aLineOfJsonLinesThatDoesNotParseKeepsTheOtherLines() {
    String lines =
        R1
            + "\ngarbage line\n"
            + R2
            + "\n{\"eventSource\":\"a\",\"eventName\":\"Cut\"\n" // its closing brace lost
            + R1
            + "\n{\"eventSource\":\"x\n" // a raw line feed in a string: two broken lines
            + "y\"}\n"
            + R2
            + "\n{\"eventSource\":\"s3"; // the last line cut
    FileReport r = both(utf8(lines));
    assertThat(r.ok()).isTrue();
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.skippedRecords()).isEqualTo(5);
    assertThat(r.firstSkip()).startsWith("line 2: malformed JSON: Unrecognized token 'garbage'");
    assertThat(seen).containsExactly("GetObject", "GetRole", "GetObject", "GetRole");
    // a fault inside a log file on a later line names the file's line, not the new parser's
    FileReport cut = both(utf8(R1 + "\ngarbage\n" + R2 + "\n{\"Records\":[" + R1 + ","));
    assertThat(cut.problem().message()).contains("JSON after 3 record(s) (line 4,");
  }

  @Test
  void aFileThatDoesNotStartAsJsonIsSkippedAtItsFirstError() {
    FileReport r = both(utf8("garbage\n" + R1 + "\n" + R2 + "\n"));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.MALFORMED_JSON);
    assertThat(r.records()).isZero();
  }

  @Test
  void aCutLogFileKeepsTheRecordsBeforeTheCutAndSkipsTheOneItBroke() {
    String cut =
        "{\"Records\":[" + R1 + "," + R2 + "," + R1 + "," + R2 + ",{\"eventSource\":\"iam.am";
    FileReport r = both(utf8(cut));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.TRUNCATED_JSON);
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.skippedRecords()).isEqualTo(1);
    // cut between two records: nothing broken, nothing more skipped
    FileReport between = both(utf8("{\"Records\":[" + R1 + "," + R2 + ","));
    assertThat(between.records()).isEqualTo(2);
    assertThat(between.skippedRecords()).isZero();
  }

  /** {@code head}, then {@code filler} repeated to {@code total} bytes, then {@code tail}: lazily. */
  static final class Generated extends InputStream {
    private final byte[] head;
    private final byte[] filler;
    private final byte[] tail;
    private final long total;
    long served;

    Generated(String head, String filler, long total, String tail) {
      this(utf8(head), utf8(filler), total, utf8(tail));
    }

    Generated(byte[] head, byte[] filler, long total, byte[] tail) {
      this.head = head;
      this.filler = filler;
      this.tail = tail;
      this.total = total;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long end = head.length + total + tail.length;
      if (served >= end) {
        return -1;
      }
      int n = (int) Math.min(len, end - served);
      for (int i = 0; i < n; i++) {
        long at = served + i;
        b[off + i] =
            at < head.length
                ? head[(int) at]
                : at < head.length + total
                    ? filler[(int) ((at - head.length) % filler.length)]
                    : tail[(int) (at - head.length - total)];
      }
      served += n;
      return n;
    }
  }

  @Test
  void aRecordLargerThanTheLimitEndsTheFileBeforeItIsReadWhole() {
    String head =
        "{\"Records\":[" + R1 + ",{\"eventSource\":\"a\",\"eventName\":\"B\",\"x\":[";
    for (boolean trees : new boolean[] {true, false}) {
      Generated threeGb = new Generated(head, "0,", 3L << 30, "0]}," + R2 + "]}");
      RecordDecoder decoder =
          trees ? new TreeDecoder(this::see) : new SummaryDecoder(s -> seen.add(s.eventName), true);
      FileReport r = new RecordReader().read("mem", threeGb, decoder);
      assertThat(r.problem().message())
          .isEqualTo("record 2: larger than 4 MiB, the most a record may be");
      assertThat(r.records()).isEqualTo(1);
      assertThat(r.skippedRecords()).isEqualTo(1);
      assertThat(threeGb.served)
          .as("bytes read of 3 GiB")
          .isLessThan(Rewind.MAX_RECORD + 2L * ReadBuffers.SIZE + Rewind.READ_AHEAD);
    }
    // Just over the limit, too short to be cut off early: the same verdict at the record's end.
    String big =
        "{\"eventSource\":\"a\",\"eventName\":\"B\",\"x\":\""
            + "y".repeat(Rewind.MAX_RECORD - 20)
            + "\"}";
    FileReport tree = read(utf8(R1 + "\n" + big + "\n" + R2));
    assertThat(tree.problem().message()).startsWith("record 2: larger than 4 MiB");
    FileReport summary =
        new RecordReader()
            .read(
                "mem",
                new ByteArrayInputStream(utf8(R1 + "\n" + big + "\n" + R2)),
                new SummaryDecoder(x -> {}, false));
    assertThat(List.of(summary.records(), summary.skippedRecords()))
        .isEqualTo(List.of(tree.records(), tree.skippedRecords()))
        .isEqualTo(List.of(1L, 1L));
  }

  @Test
  void aSmallGzipOfGigabytesOfZerosIsRejectedAtOnce() throws IOException {
    // 192 gzip members of 64 MiB of zeros each: 12 GiB in about 12 MB, as a stream
    byte[] member = gzip(new byte[64 << 20]);
    Generated members = new Generated(new byte[0], member, 192L * member.length, new byte[0]);
    FileReport r = new RecordReader().read("mem", members, new TreeDecoder(this::see));
    assertThat(r.problem().kind()).isEqualTo(Problem.Kind.MALFORMED_JSON);
    assertThat(r.problem().message()).contains("CTRL-CHAR, code 0");
    assertThat(members.served)
        .as("compressed bytes read of 12 GiB of zeros")
        .isLessThan(4L * member.length);
  }
}
