package io.github.cloudtrailschema.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which logs a scan wants: accounts, regions and a time window. Used twice, on purpose: to prune
 * the key layout (list only prefixes that can match) and to filter records, because the key only
 * tells when a file was delivered, not when its records happened.
 *
 * @param accounts account ids to keep; empty keeps all
 * @param regions regions to keep; empty keeps all
 * @param since first instant kept (inclusive), or null
 * @param untilExclusive first instant no longer kept, or null
 */
public record KeyFilter(
    Set<String> accounts, Set<String> regions, Instant since, Instant untilExclusive)
    implements java.io.Serializable {

  /**
   * CloudTrail delivers a record some minutes (rarely hours) after it happened, into the folder of
   * the delivery day, so folders up to this many days after the window may still hold its records.
   */
  static final int DELIVERY_SLACK_DAYS = 1;

  public static final KeyFilter ALL = new KeyFilter(Set.of(), Set.of(), null, null);

  public KeyFilter {
    accounts = Set.copyOf(accounts);
    regions = Set.copyOf(regions);
  }

  /**
   * The filter of {@code scan}'s options as typed ({@code --account}, {@code --log-region}, {@code
   * --since}, {@code --until}; the last two null when absent), shared by every front end so that
   * each accepts and refuses the same values.
   *
   * @throws IllegalArgumentException with a one-line message naming the option
   */
  public static KeyFilter of(
      Collection<String> accounts, Collection<String> regions, String since, String until) {
    for (String a : accounts) {
      if (!a.matches("\\d{12}")) {
        throw new IllegalArgumentException("--account: not a 12-digit account id: " + a);
      }
    }
    Instant from = since == null ? null : instant("--since", since, false);
    Instant to = until == null ? null : instant("--until", until, true);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("--since must be before --until");
    }
    return new KeyFilter(new HashSet<>(accounts), new HashSet<>(regions), from, to);
  }

  /**
   * A day ({@code 2024-05-01}: from its start, or through its end for --until) or an instant
   * ({@code 2024-05-01T12:00:00Z}: inclusive). Returns the since instant, or until's exclusive end.
   */
  private static Instant instant(String option, String text, boolean end) {
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return day.plusDays(end ? 1 : 0).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      Instant i = Instant.parse(text);
      return end ? i.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : i;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + ": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, got " + text);
    }
  }

  public boolean isTimeBounded() {
    return since != null || untilExclusive != null;
  }

  /** Whether any record could be left out: decides whether records need checking at all. */
  public boolean filtersRecords() {
    return isTimeBounded() || !accounts.isEmpty() || !regions.isEmpty();
  }

  public boolean acceptsAccount(String account) {
    return accounts.isEmpty() || accounts.contains(account);
  }

  public boolean acceptsRegion(String region) {
    return regions.isEmpty() || regions.contains(region);
  }

  /** Whether a delivery-day folder can hold records inside the window. */
  public boolean acceptsDay(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  /** Whether any day of this year or month (a date prefix) can be accepted. */
  public boolean acceptsRange(LocalDate first, LocalDate last) {
    return !last.isBefore(firstDay()) && !first.isAfter(lastDay());
  }

  /**
   * Whether a record is wanted. Times are compared as text: CloudTrail writes eventTime as {@code
   * yyyy-MM-ddTHH:mm:ssZ}, which sorts like the instant, and parsing every record would cost more
   * than the comparison.
   */
  public boolean acceptsRecord(String account, String region, String eventTime) {
    if (!accounts.isEmpty() && (account == null || !accounts.contains(account))) {
      return false;
    }
    if (!regions.isEmpty() && (region == null || !regions.contains(region))) {
      return false;
    }
    if (since != null && (eventTime == null || eventTime.compareTo(since.toString()) < 0)) {
      return false;
    }
    return untilExclusive == null
        || (eventTime != null && eventTime.compareTo(untilExclusive.toString()) < 0);
  }

  private LocalDate firstDay() {
    return since == null ? LocalDate.MIN : LocalDate.ofInstant(since, ZoneOffset.UTC);
  }

  private LocalDate lastDay() {
    if (untilExclusive == null) {
      return LocalDate.MAX;
    }
    Instant lastKept = untilExclusive.minus(1, ChronoUnit.SECONDS);
    return LocalDate.ofInstant(lastKept, ZoneOffset.UTC).plusDays(DELIVERY_SLACK_DAYS);
  }
}
