package io.github.cloudtrailschema.search.build;

import io.github.cloudtrailschema.trail.CuratedRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated search data: the synonym table ({@code curated/search-synonyms.tsv}) and the service
 * priors ({@code curated/search-priors.tsv}). Every row carries its justification, and a row
 * without one fails the build: a synonym is only there because a real question needs it.
 */
final class CuratedTables {
  static final String SYNONYMS = "/curated/search-synonyms.tsv";
  static final String PRIORS = "/curated/search-priors.tsv";

  /** A synonym row: the words users type, and the terms they mean (word, weight). */
  record Synonym(String phrase, Map<String, Float> expansions) {}

  private CuratedTables() {}

  static List<Synonym> synonyms() {
    List<Synonym> out = new ArrayList<>();
    for (String[] row : rows(SYNONYMS, 4)) {
      Map<String, Float> expansions = new LinkedHashMap<>();
      for (String e : row[1].split(",")) {
        String[] parts = e.trim().split(":");
        expansions.put(parts[0].trim(), parts.length > 1 ? Float.parseFloat(parts[1]) : 0.8f);
      }
      out.add(new Synonym(row[0].trim(), expansions));
    }
    return out;
  }

  /** eventSource → prior (a multiplier around 1). */
  static Map<String, Float> priors() {
    Map<String, Float> out = new LinkedHashMap<>();
    for (String[] row : rows(PRIORS, 3)) {
      out.put(row[0].trim(), Float.parseFloat(row[1].trim()));
    }
    return out;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (CuratedRows.Row row : CuratedRows.rows(resource)) {
      String[] cells = row.cells();
      if (cells.length != columns || cells[columns - 1].isBlank()) {
        throw new IllegalStateException(
            resource
                + ":"
                + row.line()
                + ": expected "
                + columns
                + " tab-separated cells, the last the evidence");
      }
      out.add(cells);
    }
    return out;
  }
}
