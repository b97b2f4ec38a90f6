package io.github.cloudtrailschema.cli;

import io.github.cloudtrailschema.format.OutputFormat;
import io.github.cloudtrailschema.format.jsonschema.SharedSchemaLayout;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Mixin: how {@code export --format json-schema} lays its schemas out. */
final class SchemaExportOptions {
  @Option(
      names = "--bundle",
      description =
          "json-schema: self-contained schemas, each with the whole record envelope (larger);"
              + " by default the envelope is written once, as shared/record.json, and each"
              + " schema refers to it.")
  boolean bundle;

  @Option(
      names = "--base-uri",
      paramLabel = "URI",
      description =
          "json-schema: the URI the export will be served at, which each schema's $id starts"
              + " with; by default a placeholder under .invalid that no host answers (map it to"
              + " the folder).")
  String baseUri;

  /** The shared layout, or empty with {@code --bundle} (and for other formats, which ignore it). */
  Optional<SharedSchemaLayout> layout(OutputFormat format) {
    if (format != OutputFormat.JSON_SCHEMA && (bundle || baseUri != null)) {
      throw new UserError("--bundle and --base-uri apply to --format json-schema only");
    }
    if (bundle && baseUri != null) {
      throw new UserError("--base-uri sets the $ids of the shared layout: not with --bundle");
    }
    if (bundle || format != OutputFormat.JSON_SCHEMA) {
      return Optional.empty();
    }
    if (baseUri == null) {
      return Optional.of(new SharedSchemaLayout(SharedSchemaLayout.DEFAULT_BASE));
    }
    try {
      URI uri = new URI(baseUri);
      if (!uri.isAbsolute() || uri.isOpaque() || uri.getFragment() != null) {
        throw new UserError(
            "--base-uri must be an absolute hierarchical URI without a fragment: '"
                + io.github.cloudtrailschema.text.TerminalText.echo(baseUri)
                + "'");
      }
    } catch (URISyntaxException e) {
      throw new UserError("--base-uri is not a URI: " + io.github.cloudtrailschema.text.TerminalText.oneLine(e.getMessage()));
    }
    return Optional.of(new SharedSchemaLayout(baseUri));
  }
}
