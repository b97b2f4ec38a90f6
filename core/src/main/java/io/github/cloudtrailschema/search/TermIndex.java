package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.loading.ByteCursor;
import java.nio.charset.StandardCharsets;

/**
 * {@code search.bin} as read: the synonym table, the services, and the event and term tables,
 * looked up in place (see {@link IndexFormat}).
 */
final class TermIndex {
  final Synonyms synonyms;
  final String[] serviceNames;
  final String[] eventSources;
  final float[] priors;
  private final IndexBytes.Table events;
  private final IndexBytes.Table terms;

  TermIndex(byte[] bytes) {
    ByteCursor in = IndexBytes.cursor(bytes, 0);
    if (bytes.length < 8 || in.int32() != IndexFormat.MAGIC) {
      throw new IndexCorruptException("the search index has an unknown format; rebuild the jar");
    }
    if (in.varint() != IndexFormat.VERSION) {
      throw new IndexCorruptException("the search index is of another version; rebuild the jar");
    }
    synonyms = Synonyms.read(in);
    int n = in.varint();
    serviceNames = new String[n];
    eventSources = new String[n];
    priors = new float[n];
    for (int i = 0; i < n; i++) {
      serviceNames[i] = in.string();
      eventSources[i] = in.string();
      priors[i] = in.u8() / 100f;
    }
    events = new IndexBytes.Table(in);
    terms = new IndexBytes.Table(in);
  }

  int eventCount() {
    return events.count;
  }

  /** The fixed head of an event: service, flags, name-term count. */
  record Head(int service, int flags, int nameTerms) {}

  Head head(int event) {
    ByteCursor in = events.at(event);
    return new Head(in.varint(), in.u8(), in.u8());
  }

  int service(int event) {
    return events.at(event).varint();
  }

  /** eventName, operation name ("" when the same) and summary. */
  String[] texts(int event) {
    ByteCursor in = events.at(event);
    in.varint();
    in.u8();
    in.u8();
    return new String[] {in.string(), in.string(), in.string()};
  }

  /** Where the event's name starts: for near-miss matching without decoding. */
  ByteCursor nameCursor(int event) {
    ByteCursor in = events.at(event);
    in.varint();
    in.u8();
    in.u8();
    return in;
  }

  /** The postings of {@code term}: a cursor at its first posting and their count; null if none. */
  Postings postings(String term) {
    int i = terms.find(term.getBytes(StandardCharsets.UTF_8));
    if (i < 0) {
      return null;
    }
    ByteCursor in = terms.at(i);
    in.skipString();
    int count = in.varint();
    return new Postings(in, count);
  }

  /** Reads postings in order: {@link #next()} then {@link #event} and {@link #mask}. */
  static final class Postings {
    private final ByteCursor in;
    final int count;
    private int left;
    int event;
    int mask;

    Postings(ByteCursor in, int count) {
      this.in = in;
      this.count = count;
      this.left = count;
    }

    boolean next() {
      if (left == 0) {
        return false;
      }
      left--;
      event += in.varint();
      mask = in.u8();
      return true;
    }
  }
}
