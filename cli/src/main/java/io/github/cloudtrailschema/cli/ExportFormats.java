package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.export.ExportTargets;
import io.github.cloudtrailschema.format.OutputFormat;
import java.util.Iterator;
import java.util.stream.Stream;

/** {@code export --format}'s values: the event formats export writes, and {@code site}. */
final class ExportFormats {
  private ExportFormats() {}

  /** An event format by name, or null for {@code site}. */
  static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return value.equalsIgnoreCase(ExportTargets.SITE)
          ? null
          : new OutputOptions.FormatConverter().convert(value);
    }
  }

  /** The formats export writes, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(
              ExportTargets.SUPPORTED.stream().map(OutputFormat::toString),
              Stream.of(ExportTargets.SITE))
          .iterator();
    }
  }
}
