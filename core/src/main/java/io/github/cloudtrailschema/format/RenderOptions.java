package io.github.cloudtrailschema.format;

import io.github.cloudtrailschema.text.Style;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.Envelope;
import java.util.List;
import java.util.Optional;

/**
 * What the user chose besides the format.
 *
 * @param parts the record parts asked for ({@code iam.CreatePolicy.output}); empty for all
 * @param eventBridge wrap records and schemas in EventBridge's envelope
 */
public record RenderOptions(
    Style style, boolean docs, boolean eventBridge, Optional<RecordPart> parts, Envelope envelope) {

  public static RenderOptions defaults() {
    return new RenderOptions(Style.PLAIN, false, false, Optional.empty(), Envelope.standard());
  }

  public RenderOptions withEventBridge(boolean value) {
    return new RenderOptions(style, docs, value, parts, envelope);
  }

  public RenderOptions withEnvelope(Envelope value) {
    return new RenderOptions(style, docs, eventBridge, parts, value);
  }

  public List<RecordPart> partsOr(List<RecordPart> all) {
    return parts.map(List::of).orElse(all);
  }
}
