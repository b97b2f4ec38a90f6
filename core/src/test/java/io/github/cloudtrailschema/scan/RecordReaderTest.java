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
}
