package io.github.cloudtrailschema.testing;

import io.github.cloudtrailschema.loading.C2jParser;
import io.github.cloudtrailschema.loading.LoadResult;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The hand-written fixture models under {@code src/test/resources/models/}. */
public final class TestModels {
  public static final Path FIXTURES = Path.of("src/test/resources/models/fixtures");
  public static final Path MALFORMED = Path.of("src/test/resources/models/malformed");

  private TestModels() {}

  public static ServiceModel fixture() {
    return parse("fixtures/fixture-2020-01-01-model.json", "fixture").value();
  }

  public static LoadResult<ServiceModel> parse(String resource, String name) {
    try (InputStream in = TestModels.class.getResourceAsStream("/models/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test model " + resource);
      }
      return C2jParser.parse(name, resource, in, ModelOrigin.USER_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
