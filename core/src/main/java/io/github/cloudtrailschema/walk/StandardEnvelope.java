package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.trail.CuratedRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typical record envelope, for examples: the curated envelope model ({@code
 * curated/envelope-model.json}, the one source of the record's fields) cut to the fields {@code
 * curated/envelope-typical.tsv} lists, so that an example looks like a record CloudTrail writes
 * for an API call rather than one with every rare field filled in.
 */
final class StandardEnvelope implements Envelope {
  static final StandardEnvelope INSTANCE = new StandardEnvelope();

  private static final String TYPICAL = "/curated/envelope-typical.tsv";

  /** Built on first use: the embedded catalogue is read then, not when the class loads. */
  private volatile Node.Struct record;

  private StandardEnvelope() {}

  @Override
  public Node.Struct record() {
    Node.Struct r = record;
    if (r == null) {
      r =
          RecordSchema.envelope(ModelCatalog.embedded().envelope())
              .map(full -> cut(full, typicalPaths(), ""))
              .orElseThrow(() -> new IllegalStateException("this build has no record envelope model"));
      record = r;
    }
    return r;
  }

  static List<String> typicalPaths() {
    List<String> paths = new ArrayList<>();
    for (CuratedRows.Row row : CuratedRows.rows(TYPICAL)) {
      String[] c = row.cells();
      if (c.length != 2 || c[0].isBlank() || c[1].isBlank()) {
        throw new IllegalStateException(
            "curated/envelope-typical.tsv line " + row.line() + ": a path and why expected");
      }
      paths.add(c[0]);
    }
    return paths;
  }

  /**
   * The struct with only the fields {@code paths} names under {@code prefix}; a named field whose
   * children are not named keeps them all.
   */
  static Node.Struct cut(Node.Struct struct, List<String> paths, String prefix) {
    List<Field> fields = new ArrayList<>();
    for (Field f : struct.fields()) {
      String path = prefix + f.name();
      boolean named = paths.contains(path);
      boolean below = paths.stream().anyMatch(p -> p.startsWith(path + "."));
      if (!named && !below) {
        continue;
      }
      Optional<Node.Struct> inner =
          below && f.value() instanceof Node.Struct s ? Optional.of(s) : Optional.empty();
      fields.add(
          inner.isPresent()
              ? new Field(f.name(), f.alternatives(), f.member(), cut(inner.get(), paths, path + "."))
              : f);
    }
    return new Node.Struct(struct.shape(), fields);
  }
}
