package io.github.cloudtrailschema.scan;

import io.github.cloudtrailschema.scan.LogKeyLayout.LogKey;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists only the prefixes that can match a {@link KeyFilter}: {@code AWSLogs/} by delimiter to find
 * accounts (and organization ids), then regions under {@code <account>/CloudTrail/}, then year,
 * month and day folders inside the time window. Digest folders are never listed. A root that is not
 * above an {@code AWSLogs/} folder is listed flat and its keys filtered one by one.
 */
public final class PrunedWalk {
  private final PrefixLister lister;
  private final KeyFilter filter;
  private final Consumer<LogFile> sink;

  public PrunedWalk(PrefixLister lister, KeyFilter filter, Consumer<LogFile> sink) {
    this.lister = lister;
    this.filter = filter;
    this.sink = sink;
  }

  /** Walks from {@code root}: empty or ending in {@code /}. */
  public void walk(String root) throws IOException {
    if (root.endsWith(LogKeyLayout.ROOT + "/")) {
      accounts(root, true);
    } else if (!root.contains(LogKeyLayout.ROOT + "/")
        && lister.children(root).contains(LogKeyLayout.ROOT)) {
      accounts(root + LogKeyLayout.ROOT + "/", true);
    } else {
      flat(root);
    }
  }

  private void accounts(String prefix, boolean orgsAllowed) throws IOException {
    for (String child : lister.children(prefix)) {
      if (orgsAllowed && LogKeyLayout.isOrg(child)) {
        accounts(prefix + child + "/", false);
      } else if (LogKeyLayout.isAccount(child) && filter.acceptsAccount(child)) {
        // Straight to CloudTrail/: sibling folders (CloudTrail-Digest, CloudTrail-Insight, other
        // services) are never listed.
        regions(prefix + child + "/" + LogKeyLayout.LOGS + "/");
      }
    }
  }

  private void regions(String prefix) throws IOException {
    for (String region : lister.children(prefix)) {
      if (filter.acceptsRegion(region)) {
        dates(prefix + region + "/");
      }
    }
  }

  private void dates(String prefix) throws IOException {
    if (!filter.isTimeBounded()) {
      flat(prefix);
      return;
    }
    for (String year : lister.children(prefix)) {
      if (!LogKeyLayout.isYear(year)) {
        continue;
      }
      int y = Integer.parseInt(year);
      if (filter.acceptsRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) {
        months(prefix + year + "/", y);
      }
    }
  }

  private void months(String prefix, int year) throws IOException {
    for (String month : lister.children(prefix)) {
      int m = twoDigits(month, 12);
      if (m > 0) {
        YearMonth ym = YearMonth.of(year, m);
        if (filter.acceptsRange(ym.atDay(1), ym.atEndOfMonth())) {
          days(prefix + month + "/", ym);
        }
      }
    }
  }

  private void days(String prefix, YearMonth month) throws IOException {
    for (String day : lister.children(prefix)) {
      int d = twoDigits(day, month.lengthOfMonth());
      if (d > 0 && filter.acceptsDay(month.atDay(d))) {
        flat(prefix + day + "/");
      }
    }
  }

  /** Lists everything below {@code prefix}, dropping digests and keys the filter rules out. */
  private void flat(String prefix) throws IOException {
    lister.objects(
        prefix,
        (key, size) -> {
          if (LogKeyLayout.isLogFileName(key) && !LogKeyLayout.isDigest(key) && keyMatches(key)) {
            sink.accept(lister.file(key, size));
          }
        });
  }

  private boolean keyMatches(String key) {
    Optional<LogKey> parsed = LogKeyLayout.parse(key);
    if (parsed.isEmpty()) {
      return true; // outside the layout: only the records can tell
    }
    LogKey k = parsed.get();
    return filter.acceptsAccount(k.account())
        && filter.acceptsRegion(k.region())
        && (k.date() == null || filter.acceptsDay(k.date()));
  }

  private static int twoDigits(String segment, int max) {
    if (!LogKeyLayout.isTwoDigits(segment)) {
      return -1;
    }
    int v = Integer.parseInt(segment);
    return v >= 1 && v <= max ? v : -1;
  }
}
