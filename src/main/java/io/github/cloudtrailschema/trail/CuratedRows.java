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

  /** The rows of {@code resource}, a class-path resource; a missing one is a build error. */
  public static List<String[]> read(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CuratedRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
