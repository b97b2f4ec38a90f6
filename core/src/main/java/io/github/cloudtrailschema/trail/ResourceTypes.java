package io.github.cloudtrailschema.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ARN formats of {@code resources[].type} values ({@code curated/resource-types.tsv}: the
 * Service Authorization Reference's resource ARNs and the formats CloudTrail's selector
 * documentation gives per data-event type).
 */
public final class ResourceTypes {
  private static final Map<String, List<String>> FORMATS = new LinkedHashMap<>();

  static {
    for (CuratedRows.Row row : CuratedRows.rows("/curated/resource-types.tsv")) {
      String[] c = row.cells();
      if (c.length != 3 || !c[0].startsWith("AWS::") || !c[1].startsWith("arn:") || c[2].isBlank()) {
        throw new IllegalStateException(
            "curated/resource-types.tsv line " + row.line() + ": type, ARN format and evidence expected");
      }
      List<String> formats = FORMATS.get(c[0]);
      if (formats == null) {
        formats = new ArrayList<>();
        FORMATS.put(c[0], formats);
      }
      formats.add(c[1]);
    }
  }

  private ResourceTypes() {}

  /** The type's ARN formats; empty where no source read gives one. */
  public static List<String> arnFormats(String type) {
    return List.copyOf(FORMATS.getOrDefault(type, List.of()));
  }
}
