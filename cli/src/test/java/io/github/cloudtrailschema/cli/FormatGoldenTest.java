package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code golden/<format>/<service>.<Operation>[.eventbridge].<ext>} is the output of {@code
 * cloudtrail-schema <service>.<Operation> --format <format> [--eventbridge]}. The events in {@link
 * #REQUIRED} must have a golden in every format: a missing one fails (and is created by {@code
 * -Dgolden.update=true}).
 */
class FormatGoldenTest {
  static final List<String> REQUIRED =
      List.of(
          "iam.CreatePolicy",
          "ec2.RunInstances",
          "s3.PutBucketPolicy",
          "lambda.CreateFunction20150331",
          "dynamodb.PutItem");

  static String extension(OutputFormat f) {
    return switch (f) {
      case TREE -> "txt";
      case PATHS -> "tsv";
      case JSON_SCHEMA, EXAMPLE, EVENTBRIDGE, SELECTOR -> "json";
      case CUSTODIAN, SIGMA -> "yaml";
      case ATHENA -> "sql";
      case MARKDOWN -> "md";
    };
  }

  static Stream<Arguments> goldens() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (OutputFormat f : OutputFormat.values()) {
      if (f == OutputFormat.TREE) {
        continue; // golden/cli covers the tree
      }
      Set<String> names = new TreeSet<>();
      REQUIRED.forEach(e -> names.add(e + "." + extension(f)));
      Path dir = Golden.ROOT.resolve(f.toString());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.forEach(p -> names.add(p.getFileName().toString()));
        }
      }
      names.forEach(n -> out.add(Arguments.of(f.toString(), n)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("goldens")
  void outputMatchesGolden(String format, String file) {
    String base = file.substring(0, file.lastIndexOf('.'));
    boolean eventBridge = base.endsWith(".eventbridge");
    String selector =
        eventBridge ? base.substring(0, base.length() - ".eventbridge".length()) : base;
    List<String> args = new ArrayList<>(List.of(selector, "--format", format));
    if (eventBridge) {
      args.add("--eventbridge");
    }
    CliResult r = CliResult.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    Golden.assertMatches(format + "/" + file, r.stdout());
  }
}
