package io.github.cloudtrailschema.search;

/**
 * The layout of the search index files, shared by the build-time writer and the run-time reader.
 *
 * <p>{@code search.bin}: magic, version; the synonym table; the services (name, eventSource,
 * prior); the events (an offset table, then per event: service, flags, name-term count, eventName,
 * operation, summary); the terms (an offset table, then per term in unsigned byte order: the term,
 * its posting count and postings of event-id delta and field mask). {@code search-fields.bin}: the
 * field names CloudTrail writes, with per event the shallowest path to each.
 *
 * <p>Offset tables make a look-up a binary search over the bytes as read: nothing is decoded until
 * a query touches it, which keeps a query's start-up close to a {@code show}'s.
 */
public final class IndexFormat {
  public static final int MAGIC = 0x43545358; // "CTSX"
  public static final int FIELDS_MAGIC = 0x43545346; // "CTSF"
  /** 2: the DATA event flag. */
  public static final int VERSION = 2;

  /** Resource names inside the catalogue. */
  public static final String TERMS_FILE = "search.bin";

  public static final String FIELDS_FILE = "search-fields.bin";

  /** Where an event's term occurs: bits of a posting's field mask. */
  public static final int NAME = 1;

  public static final int SERVICE = 2;
  public static final int SUMMARY = 4;
  public static final int DOC = 8;
  public static final int MEMBER = 16;

  /** The first word of the event name: its verb (Create, Delete, Get, ...). */
  public static final int VERB = 32;

  /** Event flags. */
  public static final int READ_ONLY = 1;

  public static final int DEPRECATED = 2;
  public static final int NON_API = 4;

  /** A data event (eventCategory Data): logged only with a data-event selector. */
  public static final int DATA = 8;

  private IndexFormat() {}

  /**
   * How much a term counts where it occurs: the event name most, then the summary (what the call
   * does, in AWS's words), the service's names, members, and the rest of the documentation. A term
   * found in several places counts its best place plus a little of the others.
   */
  public static float fieldWeight(int mask) {
    float best = 0;
    float sum = 0;
    for (int bit = 1; bit <= MEMBER; bit <<= 1) {
      if ((mask & bit) != 0) {
        float w = weightOf(bit);
        best = Math.max(best, w);
        sum += w;
      }
    }
    return best + 0.2f * (sum - best);
  }

  private static float weightOf(int bit) {
    return switch (bit) {
      case NAME -> 1.0f;
      case SUMMARY -> 0.5f;
      case SERVICE -> 0.55f;
      case MEMBER -> 0.3f;
      default -> 0.2f;
    };
  }
}
