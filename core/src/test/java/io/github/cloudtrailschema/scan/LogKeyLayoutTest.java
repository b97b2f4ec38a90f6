package io.github.cloudtrailschema.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.scan.LogKeyLayout.LogKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LogKeyLayoutTest {
  static final String K =
      "AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/01/"
          + "111122223333_CloudTrail_us-east-2_20150801T0210Z_Mu0KsOhtH1ar15ZZ.json.gz";

  @Test
  void parsesPlainAndOrganizationKeys() {
    assertThat(LogKeyLayout.parse("trail/" + K))
        .contains(
            new LogKey(null, "111122223333", "CloudTrail", "us-east-2", LocalDate.of(2015, 8, 1)));
    assertThat(LogKeyLayout.parse(K.replace("AWSLogs/", "AWSLogs/o-abcdefghij/")).get().org())
        .isEqualTo("o-abcdefghij");
    assertThat(LogKeyLayout.parse("logs/x.json.gz")).isEmpty();
    assertThat(
            LogKeyLayout.parse("AWSLogs/111122223333/CloudTrail/us-east-2/2015/13/01/f.json.gz")
                .get()
                .date())
        .isNull();
  }

  @Test
  void recognisesDigests() {
    assertThat(LogKeyLayout.isDigest(K.replace("/CloudTrail/", "/CloudTrail-Digest/"))).isTrue();
    assertThat(
            LogKeyLayout.isDigest(
                "x/1_CloudTrail-Digest_us-east-1_t_us-east-1_20240101T010000Z.json.gz"))
        .isTrue();
    assertThat(LogKeyLayout.isDigest(K)).isFalse();
    assertThat(LogKeyLayout.isLogFileName(K)).isTrue();
    assertThat(LogKeyLayout.isLogFileName("README.md")).isFalse();
  }

  /** A fake store over a set of keys that records which prefixes were listed. */
  static final class Store implements PrefixLister {
    final TreeSet<String> keys = new TreeSet<>();
    final List<String> listed = new ArrayList<>();

    @Override
    public List<String> children(String prefix) {
      listed.add(prefix);
      Set<String> names = new TreeSet<>();
      for (String k : keys.tailSet(prefix)) {
        if (!k.startsWith(prefix)) {
          break;
        }
        int slash = k.indexOf('/', prefix.length());
        if (slash > 0) {
          names.add(k.substring(prefix.length(), slash));
        }
      }
      return new ArrayList<>(names);
    }

    @Override
    public void objects(String prefix, ObjectSink sink) {
      listed.add(prefix + "**");
      keys.tailSet(prefix).stream()
          .takeWhile(k -> k.startsWith(prefix))
          .forEach(k -> sink.accept(k, 1));
    }

    @Override
    public LogFile file(String key, long size) {
      return new LogFile(key, size, () -> null, false);
    }
  }

  private static Store store() {
    Store s = new Store();
    for (String acct : List.of("111122223333", "o-abcdefghij/444455556666")) {
      for (String region : List.of("us-east-1", "eu-west-1")) {
        for (String day : List.of("2024/01/30", "2024/01/31", "2024/02/01", "2024/02/02")) {
          String p = "p/AWSLogs/" + acct + "/CloudTrail/" + region + "/" + day + "/";
          s.keys.add(p + "f1.json.gz");
          s.keys.add(p.replace("/CloudTrail/", "/CloudTrail-Digest/") + "d.json.gz");
        }
      }
    }
    return s;
  }

  private static List<String> walk(Store s, KeyFilter f, String root) throws Exception {
    List<String> out = new ArrayList<>();
    new PrunedWalk(s, f, lf -> out.add(lf.path())).walk(root);
    return out;
  }

  @Test
  void prunesByAccountRegionAndDay() throws Exception {
    Store s = store();
    KeyFilter f =
        new KeyFilter(
            Set.of("444455556666"),
            Set.of("eu-west-1"),
            Instant.parse("2024-01-31T12:00:00Z"),
            Instant.parse("2024-02-01T00:00:00Z"));
    assertThat(walk(s, f, "p/"))
        .containsExactly(
            "p/AWSLogs/o-abcdefghij/444455556666/CloudTrail/eu-west-1/2024/01/31/f1.json.gz",
            // one day of delivery slack after the window
            "p/AWSLogs/o-abcdefghij/444455556666/CloudTrail/eu-west-1/2024/02/01/f1.json.gz");
    assertThat(s.listed)
        .noneMatch(
            p ->
                p.contains("111122223333")
                    || p.contains("Digest")
                    || p.contains("us-east-1")
                    || p.contains("01/30")
                    || p.contains("02/02"));
    assertThat(s.listed).contains("p/", "p/AWSLogs/", "p/AWSLogs/o-abcdefghij/");
  }

  @Test
  void unfilteredWalkListsRegionsFlatAndSkipsDigests() throws Exception {
    Store s = store();
    assertThat(walk(s, KeyFilter.ALL, "p/")).hasSize(16).noneMatch(k -> k.contains("Digest"));
    assertThat(s.listed).contains("p/AWSLogs/111122223333/CloudTrail/us-east-1/**");
    // a root inside the layout is listed flat; digests are still recognised by key
    Store t = store();
    assertThat(walk(t, KeyFilter.ALL, "p/AWSLogs/111122223333/"))
        .hasSize(8)
        .noneMatch(k -> k.contains("Digest"));
  }
}
