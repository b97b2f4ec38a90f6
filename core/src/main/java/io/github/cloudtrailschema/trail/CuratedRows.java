package io.github.cloudtrailschema.trail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a curated tab-separated resource ({@code curated/*.tsv}): blank lines and {@code #}
 * comments (the provenance headers) skipped, each row split on tabs, empty fields kept.
 */
public final class CuratedRows {
  private CuratedRows() {}

  /**
   * One row of a curated file.
   *
   * @param line its line number in the file, from 1, for the message that names a malformed row
   * @param cells its tab-separated cells, empty ones kept
   */
  public record Row(int line, String[] cells) {
    /** The row as written, for messages. */
    public String text() {
      return String.join("\t", cells);
    }
  }

  /** The cells of each row of {@code resource}, a class-path resource. */
  public static List<String[]> read(String resource) {
    List<String[]> cells = new ArrayList<>();
    rows(resource).forEach(r -> cells.add(r.cells()));
    return cells;
  }

  /** The rows of {@code resource}, a class-path resource; a missing one is a build error. */
  public static List<Row> rows(String resource) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = CuratedRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(new Row(n, line.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
