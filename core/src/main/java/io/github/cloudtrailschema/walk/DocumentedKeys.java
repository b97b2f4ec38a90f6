package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.trail.AdditionalEventData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code additionalEventData} of an event: what its shaper or curated model gives, with the keys
 * services document for it ({@code trail.AdditionalEventData}) added after, each field's
 * documentation saying when it is present and whether it is an inference.
 */
final class DocumentedKeys {
  private DocumentedKeys() {}

  static EventStructure merge(EventStructure part, List<AdditionalEventData.Key> keys) {
    if (keys.isEmpty()) {
      return part;
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    part.root().ifPresent(r -> r.fields().forEach(f -> {
      fields.add(f);
      names.add(f.name());
    }));
    for (AdditionalEventData.Key k : keys) {
      if (names.add(k.key())) {
        fields.add(field(k));
      }
    }
    Node.Struct root =
        part.root()
            .map(r -> new Node.Struct(r.shape(), fields))
            .orElseGet(() -> Synthetic.struct("AdditionalEventData", fields));
    return new EventStructure(part.service(), part.operation(), part.part(), Optional.of(root));
  }

  private static Field field(AdditionalEventData.Key k) {
    // The condition and an inference's mark go in the first sentence, which paths and pages show.
    String first = k.doc().endsWith(".") ? k.doc().substring(0, k.doc().length() - 1) : k.doc();
    String doc =
        "<p>"
            + first
            + k.condition().map(c -> " (only " + c + ")").orElse("")
            + (k.inferred() ? " (inferred)" : "")
            + ".</p>"
            + (k.inferred() ? "<p>" + k.basis() + ".</p>" : "")
            + "<p>Evidence: "
            + k.evidence()
            + ".</p>";
    if (k.jsonType().equals("object")) {
      return Synthetic.field(k.key(), new Node.Any("object"), doc);
    }
    ScalarKind kind =
        switch (k.jsonType()) {
          case "number" -> ScalarKind.LONG;
          case "boolean" -> ScalarKind.BOOLEAN;
          default -> ScalarKind.STRING;
        };
    return Synthetic.field(k.key(), kind, doc);
  }
}
