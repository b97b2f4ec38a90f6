package io.github.cloudtrailschema.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Streaming JSON output in the project's layout: two-space indentation, {@code "key": value},
 * {@code {}} and {@code []} for empty containers. Streaming, because the largest schemas
 * (QuickSight dashboard definitions) run to megabytes.
 */
public final class JsonOut {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOut() {}

  /** A generator over {@code out}; close it to flush, {@code out} itself stays open. */
  public static JsonGenerator open(PrintWriter out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter(separators)
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the generator and ends the document with a newline. */
  public static void close(JsonGenerator g, PrintWriter out) {
    try {
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
