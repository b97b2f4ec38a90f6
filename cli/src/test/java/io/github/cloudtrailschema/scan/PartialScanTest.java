package io.github.cloudtrailschema.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan in serialized pieces, merged in any order, equals {@link Scanner}'s scan of the same tree:
 * the same file selection through {@link KeyListing}, the same counts, principals, first/last
 * seen, field paths and problem reports. The Spark job rests on this.
 */
class PartialScanTest {
  @TempDir Path root;

  @Test
  void piecesMergedInAnyOrderGiveTheScannersResult() throws Exception {
    new CorpusGenerator(LocalDate.of(2024, 5, 1), 2, 3, 40).generate(root);
    Path day = root.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01");
    Files.write(
        day.resolve("111122223333_CloudTrail_us-east-1_bad.json.gz"), new byte[] {31, -117, 8});
    Files.writeString(
        day.resolve("111122223333_CloudTrail_us-east-1_mixed.json"),
        "{\"Records\":[{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\"},"
            + "{\"x\":1}]}",
        StandardCharsets.UTF_8);
    Files.writeString(root.resolve("truth.json"), "{\"files\": 1}", StandardCharsets.UTF_8);

    for (boolean withPaths : new boolean[] {false, true}) {
      ScanOptions options =
          ScanOptions.defaults().withPaths(withPaths).withThreads(2).withRetries(1, Duration.ZERO);
      ScanResult expected =
          new Scanner(options, new ScanProgress()).scan(List.of(new LocalLogSource(root)));

      List<String> keys = new ArrayList<>();
      KeyListing.walk(new LocalStore(root), KeyFilter.ALL, (key, size) -> keys.add(key));
      assertThat(keys).hasSize((int) (expected.files() + expected.skippedFiles()));
      Collections.shuffle(keys, new Random(42));

      PartialScan total = new PartialScan(KeyFilter.ALL, withPaths);
      for (int piece = 0; piece < 3; piece++) {
        PartialScan part = new PartialScan(KeyFilter.ALL, withPaths);
        for (int i = piece; i < keys.size(); i += 3) {
          Path file = root.resolve(keys.get(i));
          part.read(
              new LogFile(
                  file.toString(), Files.size(file), () -> Files.newInputStream(file), false));
        }
        total.merge(roundTrip(part));
      }
      ScanResult actual = total.result(PathExplainer.UNKNOWN);

      assertThat(expected.skippedFiles()).isEqualTo(1);
      assertThat(expected.skippedRecords()).isEqualTo(1);
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static PartialScan roundTrip(PartialScan p) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (PartialScan) in.readObject();
    }
  }

  /** A local folder as a {@link KeyListing.Store}, written independently of LocalLogSource. */
  private record LocalStore(Path root) implements KeyListing.Store {
    @Override
    public List<String> children(String prefix) throws IOException {
      Path dir = root.resolve(prefix);
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> s = Files.list(dir)) {
        return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      }
    }

    @Override
    public void objects(String prefix, KeyListing.KeySink sink) throws IOException {
      Path dir = root.resolve(prefix);
      if (!Files.isDirectory(dir)) {
        return;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          sink.accept(root.relativize(f).toString(), Files.size(f));
        }
      }
    }
  }
}
