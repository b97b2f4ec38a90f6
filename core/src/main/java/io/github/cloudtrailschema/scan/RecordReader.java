package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads CloudTrail records out of one file, one record object at a time, whatever the shape: a log
 * file {@code {"Records":[…]}}, JSON lines, a JSON array of records, a single record, or
 * EventBridge envelopes (the record under {@code detail}); gzipped or not, told by the magic bytes.
 * A fault is reported in the {@link FileReport}, never thrown, so one bad file never stops a batch.
 * Reusable: the reader holds no per-file state and is safe to share between threads (its buffers
 * are per thread, {@link ReadBuffers}).
 */
public final class RecordReader {
  /**
   * The longest string a record may hold, for {@code check} and {@code scan} alike: real records
   * stay far below (a policy document is at most a few KB), and the parser must not buffer
   * gigabytes for one hostile value.
   */
  public static final int MAX_STRING = 16 * 1024 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
          .build();

  /** Reads a whole file with a decoder that receives each record as a tree (for checkers). */
  public static FileReport readTrees(LogFile file, Consumer<ObjectNode> visitor) {
    return new RecordReader().read(file, new TreeDecoder(visitor));
  }

  /** Opens, reads and closes one file. */
  public FileReport read(LogFile file, RecordDecoder decoder) {
    InputStream raw;
    try {
      raw = file.opener().open();
    } catch (SourceReadException e) {
      return failed(file.path(), 0, new Problem(Problem.Kind.SOURCE_FAILED, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return failed(file.path(), 0, new Problem(Problem.Kind.UNREADABLE, openFailure(e)));
    }
    try (InputStream in = raw) {
      return read(file.path(), in, decoder);
    } catch (IOException e) {
      return failed(file.path(), 0, new Problem(Problem.Kind.UNREADABLE, oneLine(e)));
    }
  }

  /** Reads an open stream; the caller closes it. */
  public FileReport read(String path, InputStream raw, RecordDecoder decoder) {
    Counts counts = new Counts();
    boolean gzip = false;
    InputStream in = null;
    try {
      ReadBuffers buffers = ReadBuffers.ofThread();
      BufferedInputStream buffered = buffers.buffered(raw);
      gzip = isGzip(buffered);
      in = gzip ? buffers.gunzip(buffered) : buffered;
      try (JsonParser p = FACTORY.createParser(in)) {
        roots(p, decoder, counts);
      }
    } catch (IOException | RuntimeException e) {
      Exception cause = gzip && e instanceof JsonProcessingException ? gzipFault(in, e) : e;
      return failed(path, counts.records, classify(cause, gzip, counts.records));
    } finally {
      if (gzip && in != null) {
        endInflater(in);
      }
    }
    if (counts.records == 0 && counts.skipped == 0 && !counts.anyValue) {
      // A 0-byte file (or gzip of nothing) is no log: say so rather than count it as read.
      return failed(path, 0, new Problem(Problem.Kind.NOT_CLOUDTRAIL, "empty: no JSON value"));
    }
    if (counts.records == 0 && counts.skipped > 0 && counts.firstSkip == null) {
      return failed(
          path,
          0,
          new Problem(
              Problem.Kind.NOT_CLOUDTRAIL,
              "not a CloudTrail log: no JSON object with a string eventSource and eventName"));
    }
    return new FileReport(path, counts.records, counts.skipped, null, counts.firstSkip);
  }

  /** Root values follow one another: one for a log file or array, many for JSON lines. */
  private static void roots(JsonParser p, RecordDecoder decoder, Counts counts) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      counts.anyValue = true;
      if (t == JsonToken.START_OBJECT) {
        rootObject(p, decoder, counts);
      } else if (t == JsonToken.START_ARRAY) {
        elements(p, decoder, counts);
      } else {
        counts.skipped++;
      }
    }
  }

  /**
   * A root object is a log file if it has a {@code Records} array, else a candidate record. The
   * decision is made field by field so that neither case is buffered.
   */
  private static void rootObject(JsonParser p, RecordDecoder decoder, Counts counts)
      throws IOException {
    RecordDecoder.Candidate candidate = decoder.begin();
    boolean logFile = false;
    KeySet seen = counts.keys;
    seen.clear();
    String duplicate = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (!logFile && "Records".equals(name) && value == JsonToken.START_ARRAY) {
        logFile = true;
        elements(p, decoder, counts);
      } else if (logFile) {
        p.skipChildren();
      } else if (duplicate != null || !seen.add(name)) {
        duplicate = duplicate == null ? name : duplicate;
        p.skipChildren();
      } else {
        candidate.field(name, p);
      }
    }
    if (!logFile) {
      counts.end(candidate, duplicate != null ? duplicate : candidate.nestedDuplicate());
    }
  }

  private static void elements(JsonParser p, RecordDecoder decoder, Counts counts)
      throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonEOFException(p, null, "end of input inside an array");
      }
      if (t == JsonToken.START_OBJECT) {
        RecordDecoder.Candidate candidate = decoder.begin();
        KeySet seen = counts.keys;
        seen.clear();
        String duplicate = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (duplicate != null || !seen.add(name)) {
            duplicate = duplicate == null ? name : duplicate;
            p.skipChildren();
          } else {
            candidate.field(name, p);
          }
        }
        counts.end(candidate, duplicate != null ? duplicate : candidate.nestedDuplicate());
      } else {
        p.skipChildren();
        counts.skipped++;
      }
    }
  }

  /**
   * Damaged deflate data often inflates to garbage that fails as JSON before the gzip checksum at
   * the end is reached. On a JSON error, reading on to the trailer tells the two faults apart.
   */
  private static Exception gzipFault(InputStream in, Exception jsonError) {
    byte[] sink = new byte[ReadBuffers.SIZE];
    try {
      while (in.read(sink) >= 0) {
        // drain to the CRC check
      }
      return jsonError;
    } catch (IOException e) {
      return e instanceof ZipException || e instanceof EOFException ? e : jsonError;
    }
  }

  private static void endInflater(InputStream gzipStream) {
    try {
      gzipStream.close();
    } catch (IOException e) {
      // Unclosable's close cannot fail and the inflater's end does not throw
    }
  }

  /**
   * Which of the parser's limits a value broke: a string (our 16 MB), or one of Jackson's own
   * (nesting depth, number length, name length, …), in Jackson's words without its pointer to the
   * setting, which a user cannot change.
   */
  static String limit(StreamConstraintsException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (m.startsWith("String value length")) {
      return "string of more than "
          + String.format(java.util.Locale.ROOT, "%,d", MAX_STRING)
          + " characters exceeds the 16 MB limit";
    }
    m = oneLine(m).replaceAll(",? from `[^`]*`", "");
    return m.isEmpty() ? "a value exceeds the parser's limits" : lowerFirst(m);
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }

  static Problem classify(Exception e, boolean gzip, long recordsBefore) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SourceReadException) {
        return new Problem(Problem.Kind.SOURCE_FAILED, c.getMessage());
      }
    }
    String after = " after " + recordsBefore + " record(s)";
    if (e instanceof StreamConstraintsException c) {
      return new Problem(
          Problem.Kind.MALFORMED_JSON, "record " + (recordsBefore + 1) + ": " + limit(c));
    }
    if (e instanceof ZipException || (gzip && e instanceof EOFException)) {
      return new Problem(Problem.Kind.CORRUPT_GZIP, "corrupt gzip" + after + ": " + oneLine(e));
    }
    if (e instanceof JsonEOFException) {
      return new Problem(Problem.Kind.TRUNCATED_JSON, "truncated JSON" + after + at(e));
    }
    if (e instanceof JsonProcessingException j) {
      return new Problem(
          Problem.Kind.MALFORMED_JSON,
          "malformed JSON" + after + at(e) + ": " + oneLine(j.getOriginalMessage()));
    }
    return new Problem(Problem.Kind.UNREADABLE, "read failed" + after + ": " + oneLine(e));
  }

  private static String at(Exception e) {
    JsonLocation l = ((JsonProcessingException) e).getLocation();
    return l == null ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static String openFailure(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "cannot open: no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot open: permission denied";
    }
    return "cannot open: " + oneLine(e);
  }

  private static FileReport failed(String path, long records, Problem problem) {
    return new FileReport(path, records, 0, problem);
  }

  public static String oneLine(Throwable e) {
    String m = e.getMessage();
    return oneLine(m == null ? e.getClass().getSimpleName() : m);
  }

  public static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** Per-file tallies; the reader itself stays stateless. */
  private static final class Counts {
    long records;
    long skipped;
    boolean anyValue;
    String firstSkip;

    /** Reused for every candidate object of the file: records never nest in one another. */
    final KeySet keys = new KeySet();

    /**
     * A candidate object has ended. One with a duplicate key is skipped and reported, never read
     * last-wins: {@code "eventName": "CreatePolicy", "eventName": "DeleteUser"} is ambiguous, and
     * readers downstream (SIEMs, Athena) may take either.
     */
    void end(RecordDecoder.Candidate candidate, String duplicate) {
      if (duplicate == null) {
        add(candidate.end());
        return;
      }
      skipped++;
      if (firstSkip == null) {
        firstSkip = "record " + (records + skipped) + ": duplicate key '" + duplicate + "'";
      }
    }

    void add(boolean record) {
      if (record) {
        records++;
      } else {
        skipped++;
      }
    }
  }
}
