package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.format.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Mixin: the output format of an event, and the EventBridge wrapping of records and schemas. */
public final class OutputOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "tree",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TREE;

  @Option(
      names = "--eventbridge",
      description =
          "json-schema, example: wrap the record in the EventBridge event (detail = the record).")
  boolean eventBridge;

  @Option(
      names = "--envelope",
      description =
          "tree: show the whole record (eventVersion, userIdentity, ...) around the event's fields.")
  boolean envelope;

  /** Formats by the names users type ({@code json-schema}), any case. */
  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : OutputFormat.values()) {
        if (f.toString().equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '"
              + value
              + "'; expected one of "
              + String.join(", ", new FormatNames()));
    }
  }

  /** The typed names, for help and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::toString).iterator();
    }
  }
}
