package io.github.cloudtrailschema.scan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key layout CloudTrail writes to S3: {@code
 * [prefix/]AWSLogs/[o-orgid/]<account>/CloudTrail/<region>/YYYY/MM/DD/<file>.json.gz}, with digest
 * files under {@code CloudTrail-Digest/} instead of {@code CloudTrail/}. Keys use {@code /}
 * whatever the platform.
 */
public final class LogKeyLayout {
  public static final String ROOT = "AWSLogs";
  public static final String LOGS = "CloudTrail";
  public static final String DIGESTS = "CloudTrail-Digest";

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ORG = Pattern.compile("o-[a-z0-9]{10,32}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
  private static final List<String> LOG_SUFFIXES =
      List.of(".json.gz", ".json", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");

  private LogKeyLayout() {}

  /**
   * What a key says about its log.
   *
   * @param org the organization id for organization trails, else null
   * @param folder {@link #LOGS}, {@link #DIGESTS} or another service folder
   * @param date the delivery day folder, or null when the key stops above it
   */
  public record LogKey(String org, String account, String folder, String region, LocalDate date) {
    public boolean isDigest() {
      return DIGESTS.equals(folder);
    }
  }

  /** Parses a key in the CloudTrail layout; empty when the key is not in it. */
  public static Optional<LogKey> parse(String key) {
    String[] s = key.split("/");
    int i = indexOf(s, ROOT);
    if (i < 0) {
      return Optional.empty();
    }
    int p = i + 1;
    String org = null;
    if (p < s.length && isOrg(s[p])) {
      org = s[p++];
    }
    if (p + 2 >= s.length || !isAccount(s[p])) {
      return Optional.empty();
    }
    String account = s[p];
    String folder = s[p + 1];
    String region = s[p + 2];
    return Optional.of(new LogKey(org, account, folder, region, date(s, p + 3)));
  }

  /** A digest file, by its folder or, outside the layout, by its file name. */
  public static boolean isDigest(String key) {
    Optional<LogKey> parsed = parse(key);
    if (parsed.isPresent()) {
      return parsed.get().isDigest();
    }
    return fileName(key).contains("_" + DIGESTS + "_");
  }

  /** Whether a file name looks like a log we can read (by extension; content decides the rest). */
  public static boolean isLogFileName(String key) {
    String name = fileName(key).toLowerCase(java.util.Locale.ROOT);
    for (String suffix : LOG_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isAccount(String segment) {
    return ACCOUNT.matcher(segment).matches();
  }

  public static boolean isOrg(String segment) {
    return ORG.matcher(segment).matches();
  }

  public static boolean isYear(String segment) {
    return YEAR.matcher(segment).matches();
  }

  public static boolean isTwoDigits(String segment) {
    return TWO_DIGITS.matcher(segment).matches();
  }

  private static LocalDate date(String[] s, int p) {
    if (p + 3 >= s.length || !isYear(s[p]) || !isTwoDigits(s[p + 1]) || !isTwoDigits(s[p + 2])) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(s[p]), Integer.parseInt(s[p + 1]), Integer.parseInt(s[p + 2]));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int indexOf(String[] s, String segment) {
    for (int i = 0; i < s.length; i++) {
      if (s[i].equals(segment)) {
        return i;
      }
    }
    return -1;
  }

  private static String fileName(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }
}
