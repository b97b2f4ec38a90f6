package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.scan.CorpusGenerator.Expected;
import io.github.cloudtrailschema.scan.CorpusGenerator;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.LoopbackS3;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.options.GetOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.io.Payload;
import org.jclouds.io.Payloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan s3://…} against S3Proxy on 127.0.0.1 (in-memory jclouds store): more than 1,000 keys
 * under one listed prefix, so listing paginates; the result must equal the local scan of the same
 * files. Faults are injected by a blob store wrapper that breaks bodies half-way.
 */
@Tag("slow")
@Timeout(300)
class ScanS3Test {
  static final String ID = "AKIDTESTSCAN";
  static final String SECRET = "test-secret-key";
  static final String BUCKET = "trail-bucket";

  @TempDir static Path root;
  static Expected expected;
  static LoopbackS3 s3;
  static String endpoint;
  static final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  static final Properties saved = new Properties();

  @BeforeAll
  static void start() throws Exception {
    for (String k : List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.disableEc2Metadata")) {
      if (System.getProperty(k) != null) {
        saved.setProperty(k, System.getProperty(k));
      }
    }
    // Static test credentials through the SDK's default chain; never ask an instance metadata host.
    System.setProperty("aws.accessKeyId", ID);
    System.setProperty("aws.secretAccessKey", SECRET);
    System.setProperty("aws.disableEc2Metadata", "true");
    expected =
        new CorpusGenerator(LocalDate.of(2024, 5, 30), 4, 90, 10).generate(root.resolve("corpus"));
    s3 = LoopbackS3.start(BUCKET, ID, SECRET, FlakyStore::new);
    s3.upload(root.resolve("corpus"), "trail/");
    endpoint = s3.endpoint();
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    for (String k : List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.disableEc2Metadata")) {
      if (saved.getProperty(k) == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, saved.getProperty(k));
      }
    }
  }

  private static CliResult s3(String... args) {
    String[] all =
        Stream.concat(
                Stream.of("scan"),
                Stream.concat(
                    Stream.of(args), Stream.of("--endpoint-url", endpoint, "--format", "json")))
            .toArray(String[]::new);
    return CliResult.run(all);
  }

  @Test
  void bucketScanEqualsLocalScan() throws IOException {
    assertThat(expected.files + expected.digestFiles).isGreaterThan(1000);
    CliResult r =
        s3("s3://" + BUCKET + "/trail", "--log-region", "us-east-1,eu-west-1,ap-southeast-2");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isZero();
    CliResult local = CliResult.run("scan", root.resolve("corpus").toString(), "--format", "json");
    ObjectMapper m = new ObjectMapper();
    JsonNode j = m.readTree(r.stdout());
    assertThat(j).isEqualTo(m.readTree(local.stdout()));
    assertThat(j.get("records").asLong()).isEqualTo(expected.records);
    assertThat(j.get("files").asLong()).isEqualTo(expected.files);
  }

  @Test
  void prefixInsideTheLayoutIsListedFlatAcrossPages() throws IOException {
    // 3 regions x 4 days x 90 files = 1,080 keys under one prefix, more than one listing page
    CliResult r = s3("s3://" + BUCKET + "/trail/AWSLogs/111122223333/");
    CliResult local =
        CliResult.run(
            "scan", "--format", "json", root.resolve("corpus/AWSLogs/111122223333").toString());
    assertThat(r.exitCode()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.stdout());
    assertThat(j).isEqualTo(new ObjectMapper().readTree(local.stdout()));
    assertThat(j.get("files").asLong()).isEqualTo(1080);
  }

  @Test
  void pruningFlagsOverS3() throws IOException {
    CliResult r =
        s3(
            "s3://" + BUCKET + "/trail",
            "--account",
            "777788889999",
            "--log-region",
            "eu-west-1",
            "--since",
            "2024-06-01",
            "--until",
            "2024-06-02");
    CliResult local =
        CliResult.run(
            "scan",
            "--format",
            "json",
            root.resolve("corpus/AWSLogs/o-abcdefghij/777788889999/CloudTrail/eu-west-1/2024/06/01")
                .toString(),
            root.resolve("corpus/AWSLogs/o-abcdefghij/777788889999/CloudTrail/eu-west-1/2024/06/02")
                .toString());
    assertThat(r.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(r.stdout()))
        .isEqualTo(new ObjectMapper().readTree(local.stdout()));
  }

  /** Issue 9: one object key is read as that object; check reads S3 as scan does. */
  @Test
  void aSingleObjectKeyAndCheckOverS3() throws IOException {
    String rec =
        "{\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"GetUser\","
            + "\"requestParameters\":{\"userName\":\"bob\"}}";
    s3.put("single/one.json.gz", ScanCommandTest.gzip("{\"Records\":[" + rec + "]}"));
    CliResult scan = s3("s3://" + BUCKET + "/single/one.json.gz");
    assertThat(scan.exitCode()).as(scan.stderr()).isZero();
    assertThat(new ObjectMapper().readTree(scan.stdout()).get("records").asLong()).isEqualTo(1);
    for (String url : List.of("s3://" + BUCKET + "/single/one.json.gz", "s3://" + BUCKET + "/single")) {
      CliResult check =
          CliResult.run("check", url, "--endpoint-url", endpoint, "--region", "eu-west-1");
      assertThat(check.exitCode()).as(check.stderr()).isZero();
      assertThat(check.stdout()).contains("1 record(s) in 1 file(s)");
    }
  }

  /** Issue 9: --region is the client's, as in the AWS CLI; it filters nothing. */
  @Test
  void regionSetsTheClientAndFiltersNothing() throws IOException {
    CliResult r = s3("s3://" + BUCKET + "/trail", "--region", "eu-west-1");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(new ObjectMapper().readTree(r.stdout()).get("records").asLong())
        .isEqualTo(expected.records);
  }

  @Test
  void faultyObjectsAreRetriedReportedAndSkipped() throws IOException {
    String rec = "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\"}";
    byte[] good = ScanCommandTest.gzip("{\"Records\":[" + rec + "," + rec + "," + rec + "]}");
    s3.put("faults/good.json.gz", good);
    s3.put("faults/flaky-once.json.gz", good);
    s3.put("faults/broken.json.gz", good);
    byte[] corrupt = good.clone();
    corrupt[corrupt.length - 6] ^= 0x7f; // CRC
    s3.put("faults/corrupt.json.gz", corrupt);
    s3.put(
        "faults/truncated.json.gz",
        ScanCommandTest.gzip("{\"Records\":[" + rec + "," + rec.substring(0, 9)));
    CliResult r = s3("s3://" + BUCKET + "/faults");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode j = new ObjectMapper().readTree(r.stdout());
    assertThat(j.get("files").asLong()).isEqualTo(2);
    // good and flaky-once 3 each; and the records corrupt.json.gz (3, its CRC broken at the end)
    // and truncated.json.gz (1, before its cut) hold before their fault, which count as on disk
    // (issue 24: one reading rule for a local file and an S3 object)
    assertThat(j.get("records").asLong()).isEqualTo(10);
    assertThat(j.get("skippedFiles").asLong()).isEqualTo(3);
    String[] err = r.stderr().split("\n");
    assertThat(err).hasSize(3);
    assertThat(err[0])
        .startsWith("cloudtrail-schema: s3://" + BUCKET + "/faults/broken.json.gz: skipped: ")
        .endsWith("(3 attempts)");
    assertThat(err[1])
        .startsWith(
            "cloudtrail-schema: s3://" + BUCKET + "/faults/corrupt.json.gz: skipped: corrupt gzip");
    assertThat(err[2])
        .startsWith(
            "cloudtrail-schema: s3://"
                + BUCKET
                + "/faults/truncated.json.gz: skipped: truncated JSON");
    assertThat(failures.get("faults/flaky-once.json.gz").get()).isEqualTo(1);
    assertThat(failures.get("faults/broken.json.gz").get()).isEqualTo(3);
  }

  @Test
  void s3ErrorsAreOneLineWithExitFour() {
    CliResult missing = s3("s3://no-such-bucket/x");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(missing.stderr())
        .isEqualTo("cloudtrail-schema: s3://no-such-bucket: no such bucket\n");
    System.setProperty("aws.secretAccessKey", "wrong");
    try {
      CliResult denied = s3("s3://" + BUCKET + "/trail");
      assertThat(denied.exitCode()).isEqualTo(ExitCodes.IO);
      assertThat(denied.stderr())
          .startsWith("cloudtrail-schema: s3://" + BUCKET + ": access denied")
          .hasLineCount(1);
    } finally {
      System.setProperty("aws.secretAccessKey", SECRET);
    }
  }

  /** Breaks bodies half-way: "broken" keys always, "flaky-once" keys on the first GET only. */
  static final class FlakyStore extends ForwardingBlobStore {
    FlakyStore(BlobStore delegate) {
      super(delegate);
    }

    @Override
    public Blob getBlob(String container, String name, GetOptions options) {
      Blob blob = super.getBlob(container, name, options);
      boolean broken = name.contains("broken");
      boolean once = name.contains("flaky-once");
      if (blob == null || !(broken || once)) {
        return blob;
      }
      int n = failures.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
      if (once && n > 1) {
        failures.get(name).decrementAndGet();
        return blob;
      }
      long length = blob.getMetadata().getContentMetadata().getContentLength();
      InputStream body;
      try {
        body = new BreakingStream(blob.getPayload().openStream(), length / 2);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Payload p = Payloads.newInputStreamPayload(body);
      p.getContentMetadata().setContentLength(length);
      p.getContentMetadata().setContentType("application/octet-stream");
      blob.setPayload(p);
      return blob;
    }
  }

  /** Delivers {@code limit} bytes, then fails as a dropped connection would. */
  static final class BreakingStream extends FilterInputStream {
    private long left;

    BreakingStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] b = new byte[1];
      return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException(
            "injected failure".getBytes(StandardCharsets.UTF_8).length + " bytes");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }
  }
}
