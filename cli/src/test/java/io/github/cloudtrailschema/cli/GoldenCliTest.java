package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code golden/cli/*.txt} is a recorded session: its first line is the command ({@code $
 * cloudtrail-schema ARGS}), the rest is the expected stdout. A new golden is a new file with the
 * first line only, filled in by {@code -Dgolden.update=true}.
 */
class GoldenCliTest {
  static Stream<Path> goldens() {
    return Golden.list("cli", ".txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void outputMatchesGolden(Path file) throws IOException {
    String content = Files.readString(file);
    String command = content.lines().findFirst().orElse("");
    assertThat(command).startsWith("$ cloudtrail-schema");
    String[] args =
        Arrays.stream(command.substring("$ cloudtrail-schema".length()).trim().split(" +"))
            .filter(s -> !s.isEmpty())
            .toArray(String[]::new);
    CliResult r = CliResult.run(args).succeeded();
    Golden.assertMatches("cli/" + file.getFileName(), command + "\n" + r.stdout());
  }
}
