package io.github.cloudtrailschema.format;

import io.github.cloudtrailschema.format.athena.AthenaRenderer;
import io.github.cloudtrailschema.format.custodian.CustodianRenderer;
import io.github.cloudtrailschema.format.eventbridge.EventPatternRenderer;
import io.github.cloudtrailschema.format.example.ExampleRenderer;
import io.github.cloudtrailschema.format.jsonschema.JsonSchemaRenderer;
import io.github.cloudtrailschema.format.markdown.MarkdownRenderer;
import io.github.cloudtrailschema.format.paths.PathsRenderer;
import io.github.cloudtrailschema.format.selector.SelectorRenderer;
import io.github.cloudtrailschema.format.sigma.SigmaRenderer;
import io.github.cloudtrailschema.format.tree.OperationPage;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.walk.Envelope;
import io.github.cloudtrailschema.walk.EventSchema;
import java.io.PrintWriter;

/**
 * The output formats of an event. {@link #toString()} is the name users type ({@code json-schema});
 * picocli lists the constants in {@code --format} help and completion.
 */
public enum OutputFormat {
  /** The annotated JSON tree (default). */
  TREE("tree", false),
  PATHS("paths", true),
  JSON_SCHEMA("json-schema", true),
  EXAMPLE("example", false),
  CUSTODIAN("custodian", false),
  EVENTBRIDGE("eventbridge", false),
  SIGMA("sigma", false),
  ATHENA("athena", false),
  MARKDOWN("markdown", true),
  /** The advanced event selector that makes a trail log the event. */
  SELECTOR("selector", false);

  private final String label;
  private final boolean usesDocs;

  OutputFormat(String label, boolean usesDocs) {
    this.label = label;
    this.usesDocs = usesDocs;
  }

  /** Whether the format shows member documentation, so models must be loaded with it. */
  public boolean usesDocs() {
    return usesDocs;
  }

  @Override
  public String toString() {
    return label;
  }

  /**
   * The record envelope this format shows: the typical fields for examples (a record as CloudTrail
   * writes one), every field of the curated model for schemas and pages.
   */
  public Envelope envelope(ModelCatalog catalog) {
    return this == EXAMPLE ? Envelope.standard() : Envelope.complete(catalog);
  }

  public EventRenderer renderer(RenderOptions options) {
    return switch (this) {
      case TREE ->
          new EventRenderer() {
            @Override
            public void render(EventSchema event, PrintWriter out) {
              OperationPage.render(
                  event,
                  options.partsOr(OperationPage.defaultParts(event)),
                  options.style(),
                  options.docs(),
                  out);
            }
          };
      case PATHS -> new PathsRenderer(options);
      case JSON_SCHEMA -> new JsonSchemaRenderer(options);
      case EXAMPLE -> new ExampleRenderer(options);
      case CUSTODIAN -> new CustodianRenderer();
      case EVENTBRIDGE -> new EventPatternRenderer();
      case SIGMA -> new SigmaRenderer();
      case ATHENA -> new AthenaRenderer();
      case MARKDOWN -> new MarkdownRenderer(options);
      case SELECTOR -> new SelectorRenderer();
    };
  }
}
