package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a deterministic corpus in the layout CloudTrail writes (plain accounts, an organization
 * trail, digest files) and keeps its own counts, which a scan must reproduce exactly. The records
 * are synthetic (a few events with the same shape, fast to write in bulk) or, with {@link
 * #fromRecords}, real records drawn from a corpus (every shape the corpus has; the Spark job's
 * tests). Used by the tests of the cli and spark modules (the cli's test jar) and, through {@link
 * #main}, for a big synthetic tree.
 */
public final class CorpusGenerator {
  static final String ORG = "o-abcdefghij";
  static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
  static final String ORG_ACCOUNT = "777788889999";
  static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");

  /** eventSource, eventName, readOnly ("m" for mixed). */
  static final String[][] EVENTS = {
    {"s3.amazonaws.com", "GetObject", "true"},
    {"s3.amazonaws.com", "PutObject", "false"},
    {"s3.amazonaws.com", "ListBuckets", "true"},
    {"iam.amazonaws.com", "CreateRole", "false"},
    {"iam.amazonaws.com", "GetRole", "true"},
    {"sts.amazonaws.com", "AssumeRole", "true"},
    {"ec2.amazonaws.com", "DescribeInstances", "true"},
    {"ec2.amazonaws.com", "RunInstances", "false"},
    {"kms.amazonaws.com", "Decrypt", "true"},
    {"lambda.amazonaws.com", "Invoke", "m"},
  };

  public static final int PRINCIPALS = 7;

  /** What was written, counted by the generator itself. */
  public static final class Expected {
    public long files;
    public long digestFiles;
    public long records;
    public long bytes;

    /** "source name" -> {count, errors}. */
    public final Map<String, long[]> events = new TreeMap<>();

    void add(String source, String name, boolean error) {
      long[] c = events.computeIfAbsent(source + " " + name, k -> new long[2]);
      c[0]++;
      if (error) {
        c[1]++;
      }
    }
  }

  /** Writes one record of {@code account} on {@code day} (its JSON) and counts it. */
  private interface RecordWriter {
    void write(
        StringBuilder b,
        String account,
        String region,
        LocalDate day,
        SplittableRandom rnd,
        Expected x);
  }

  private final LocalDate firstDay;
  private final int days;
  private final int filesPerDay;
  private final int recordsPerFile;
  private final RecordWriter records;

  /** Synthetic records. */
  public CorpusGenerator(LocalDate firstDay, int days, int filesPerDay, int recordsPerFile) {
    this(firstDay, days, filesPerDay, recordsPerFile, CorpusGenerator::record);
  }

  private CorpusGenerator(
      LocalDate firstDay, int days, int filesPerDay, int recordsPerFile, RecordWriter records) {
    this.firstDay = firstDay;
    this.days = days;
    this.filesPerDay = filesPerDay;
    this.recordsPerFile = recordsPerFile;
    this.records = records;
  }

  /**
   * Records drawn at random from {@code corpus}, each as it is but for what a delivery of it would
   * change (as {@code gen-logs} does): its {@code eventTime} (a time of the file's day), {@code
   * recipientAccountId} (the trail's account) and {@code eventID} (a new one); the corpus's own
   * {@code _source} field is dropped. Counted by eventSource and eventName, a record with a string
   * {@code errorCode} as an error.
   */
  public static CorpusGenerator fromRecords(
      List<JsonNode> corpus, LocalDate firstDay, int days, int filesPerDay, int recordsPerFile) {
    List<ObjectNode> drawn = new ArrayList<>();
    for (JsonNode r : corpus) {
      ObjectNode copy = ((ObjectNode) r).deepCopy();
      copy.remove("_source");
      drawn.add(copy);
    }
    if (drawn.isEmpty()) {
      throw new IllegalArgumentException("no record to draw from");
    }
    return new CorpusGenerator(
        firstDay,
        days,
        filesPerDay,
        recordsPerFile,
        (b, account, region, day, rnd, x) -> {
          ObjectNode r = drawn.get(rnd.nextInt(drawn.size())).deepCopy();
          r.put("eventTime", time(day, rnd));
          r.put("recipientAccountId", account);
          r.put("eventID", Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong()));
          b.append(r);
          x.records++;
          x.add(
              r.path("eventSource").asText(),
              r.path("eventName").asText(),
              r.path("errorCode").isTextual());
        });
  }

  /** Every (org or null, account) pair the corpus has. */
  static List<String[]> trails() {
    List<String[]> t = new ArrayList<>();
    for (String a : ACCOUNTS) {
      t.add(new String[] {null, a});
    }
    t.add(new String[] {ORG, ORG_ACCOUNT});
    return t;
  }

  /** Writes the corpus under {@code root} (as {@code root/AWSLogs/...}). */
  public Expected generate(Path root) throws IOException {
    Expected x = new Expected();
    for (String[] trail : trails()) {
      for (String region : REGIONS) {
        for (int d = 0; d < days; d++) {
          LocalDate day = firstDay.plusDays(d);
          SplittableRandom rnd = new SplittableRandom((trail[1] + region + day).hashCode());
          Path dir = root.resolve(prefix(trail[0], trail[1], "CloudTrail", region, day));
          Files.createDirectories(dir);
          for (int f = 0; f < filesPerDay; f++) {
            Path file =
                dir.resolve(
                    String.format(
                        "%s_CloudTrail_%s_%sT%02d%02dZ_%016d.json.gz",
                        trail[1], region, day.toString().replace("-", ""), f % 24, f % 60, f));
            writeLog(file, trail[1], region, day, rnd, x);
          }
          writeDigest(root, trail, region, day, x);
        }
      }
    }
    return x;
  }

  static String prefix(String org, String account, String folder, String region, LocalDate d) {
    return "AWSLogs/"
        + (org == null ? "" : org + "/")
        + account
        + "/"
        + folder
        + "/"
        + region
        + "/"
        + String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private void writeLog(
      Path file, String account, String region, LocalDate day, SplittableRandom rnd, Expected x)
      throws IOException {
    StringBuilder b = new StringBuilder(1024);
    try (Writer w = gzipWriter(file)) {
      w.write("{\"Records\":[");
      for (int i = 0; i < recordsPerFile; i++) {
        b.setLength(0);
        if (i > 0) {
          b.append(',');
        }
        records.write(b, account, region, day, rnd, x);
        w.append(b);
      }
      w.write("]}");
    }
    x.files++;
    x.bytes += Files.size(file);
  }

  private static void record(
      StringBuilder b,
      String account,
      String region,
      LocalDate day,
      SplittableRandom rnd,
      Expected x) {
    String[] ev = EVENTS[rnd.nextInt(EVENTS.length)];
    boolean error = rnd.nextInt(10) == 0;
    String time = time(day, rnd);
    String readOnly = ev[2].equals("m") ? (rnd.nextBoolean() ? "true" : "false") : ev[2];
    String role = "role-" + rnd.nextInt(PRINCIPALS);
    String id = Long.toHexString(rnd.nextLong());
    b.append("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",")
        .append("\"principalId\":\"AROAEXAMPLE:")
        .append(role)
        .append("\",")
        .append("\"arn\":\"arn:aws:sts::")
        .append(account)
        .append(":assumed-role/")
        .append(role)
        .append("/session\",\"accountId\":\"")
        .append(account)
        .append("\",")
        .append("\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"arn\":\"arn:aws:iam::")
        .append(account)
        .append(":role/")
        .append(role)
        .append("\"},\"attributes\":")
        .append("{\"creationDate\":\"")
        .append(time)
        .append("\",\"mfaAuthenticated\":\"false\"}}},")
        .append("\"eventTime\":\"")
        .append(time)
        .append("\",")
        .append("\"eventSource\":\"")
        .append(ev[0])
        .append("\",\"eventName\":\"")
        .append(ev[1])
        .append("\",\"awsRegion\":\"")
        .append(region)
        .append("\",")
        .append("\"sourceIPAddress\":\"198.51.100.")
        .append(rnd.nextInt(256))
        .append("\",")
        .append("\"userAgent\":\"aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64\",");
    if (error) {
      b.append("\"errorCode\":\"AccessDenied\",\"errorMessage\":\"User is not authorized\",");
    }
    b.append("\"requestParameters\":{\"bucketName\":\"bucket-")
        .append(rnd.nextInt(5))
        .append("\",\"key\":\"data/")
        .append(id)
        .append(".parquet\",\"tags\":[{\"key\":\"team\",")
        .append("\"value\":\"blue\"}],\"Host\":\"s3.amazonaws.com\"},")
        .append("\"responseElements\":")
        .append(error ? "null" : "{\"x-amz-version-id\":\"v1\"}")
        .append(",\"requestID\":\"")
        .append(id)
        .append("\",\"eventID\":\"")
        .append(id)
        .append('-')
        .append(Integer.toHexString(rnd.nextInt()))
        .append("\",\"readOnly\":")
        .append(readOnly)
        .append(",\"eventType\":\"AwsApiCall\",\"managementEvent\":true,")
        .append("\"recipientAccountId\":\"")
        .append(account)
        .append("\",\"eventCategory\":\"Management\"}");
    x.records++;
    x.add(ev[0], ev[1], error);
  }

  /** A time of {@code day}, to the second, as CloudTrail writes eventTime. */
  private static String time(LocalDate day, SplittableRandom rnd) {
    int secs = rnd.nextInt(86400);
    return String.format("%sT%02d:%02d:%02dZ", day, secs / 3600, secs / 60 % 60, secs % 60);
  }

  private static void writeDigest(
      Path root, String[] trail, String region, LocalDate day, Expected x) throws IOException {
    Path dir = root.resolve(prefix(trail[0], trail[1], "CloudTrail-Digest", region, day));
    Files.createDirectories(dir);
    Path file =
        dir.resolve(
            trail[1]
                + "_CloudTrail-Digest_"
                + region
                + "_trail_"
                + region
                + "_"
                + day.toString().replace("-", "")
                + "T010000Z.json.gz");
    try (Writer w = gzipWriter(file)) {
      w.write(
          "{\"awsAccountId\":\""
              + trail[1]
              + "\",\"digestStartTime\":\""
              + day
              + "T00:00:00Z\",\"digestSignatureAlgorithm\":\"SHA256withRSA\",\"logFiles\":[]}");
    }
    x.digestFiles++;
  }

  static Writer gzipWriter(Path file) throws IOException {
    OutputStream out =
        new GZIPOutputStream(
            new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  /** {@code CorpusGenerator DIR MEGABYTES}: at least that many MB of gzipped logs. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    long target = Long.parseLong(args[1]) * 1_000_000L;
    // 9 trail-regions; each file ~= 2,000 records; a day of 20 files is ~9 x 20 x 2,000 records.
    Expected total = new Expected();
    LocalDate day = LocalDate.of(2024, 1, 1);
    while (total.bytes < target) {
      Expected x = new CorpusGenerator(day, 1, 20, 2000).generate(root);
      total.files += x.files;
      total.records += x.records;
      total.bytes += x.bytes;
      day = day.plusDays(1);
    }
    System.out.printf("%d files, %d records, %d bytes%n", total.files, total.records, total.bytes);
  }
}
