package io.github.cloudtrailschema.trail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Documented {@code readOnly} values the verb rule gets wrong ({@code curated/event-flags.tsv}):
 * KMS logs GenerateRandom, GenerateMac and ReEncrypt read-only, Cognito logs
 * GetCredentialsForIdentity as a write, S3 Express CreateSession as a read.
 */
public final class EventFlags {
  private static final Map<String, Boolean> READ_ONLY = new HashMap<>();

  static {
    for (CuratedRows.Row row : CuratedRows.rows("/curated/event-flags.tsv")) {
      String[] c = row.cells();
      if (c.length != 5
          || !c[2].equals("readOnly")
          || !(c[3].equals("true") || c[3].equals("false"))
          || c[4].isBlank()) {
        throw new IllegalStateException(
            "curated/event-flags.tsv line "
                + row.line()
                + ": eventSource, eventName, readOnly, true|false and evidence expected");
      }
      for (String name : c[1].split("\\|")) {
        READ_ONLY.put(c[0] + " " + name, Boolean.parseBoolean(c[3]));
      }
    }
  }

  private EventFlags() {}

  /** The documented readOnly of the event, where it is listed. */
  public static Optional<Boolean> readOnly(String eventSource, String eventName) {
    return Optional.ofNullable(READ_ONLY.get(eventSource + " " + eventName));
  }
}
