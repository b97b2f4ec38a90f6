package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
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
 *
 * <p>One rule for every reader ({@code check}, {@code scan}, the Spark job), so that they count
 * alike: every JSON value found is either a record delivered to the decoder or a value counted as
 * skipped, and the first reason for a skip is kept.
 *
 * <ul>
 *   <li>A record read to its end is delivered, even when the file breaks later: the records before
 *       a fault are counted, the fault is the file's problem, and the value it broke is one more
 *       skipped value.
 *   <li>In a stream of root values (JSON lines), a line that does not parse is one skipped value,
 *       and reading goes on at the next line with a new parser; inside a log file's {@code
 *       Records} or a root array there is no line to go on at, and the fault ends the file. So
 *       does a first value that does not parse: such a file is no JSON, and reading on through it
 *       (a gzip of zeros, a binary file) would only count noise.
 *   <li>A record larger than {@link Rewind#MAX_RECORD}, or one that breaks another of the parser's
 *       limits (nesting, number length), ends the file the same way, before it is read whole.
 *   <li>A key found twice is never read last-wins: a record with one is skipped, and a log file
 *       with a second {@code Records} has that array's values counted as skipped.
 * </ul>
 */
public final class RecordReader {
  /**
   * The longest string a record may hold: no string is longer than the record it is in, and the
   * parser must not buffer gigabytes for one hostile value.
   */
  public static final int MAX_STRING = Rewind.MAX_RECORD;

  private static final String RECORDS = "Records";

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
      return failed(file.path(), new Problem(Problem.Kind.SOURCE_FAILED, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return failed(file.path(), new Problem(Problem.Kind.UNREADABLE, openFailure(e)));
    }
    try (InputStream in = raw) {
      return read(file.path(), in, decoder);
    } catch (IOException e) {
      return failed(file.path(), new Problem(Problem.Kind.UNREADABLE, oneLine(e)));
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
      new FileParse(buffers.rewind(in), decoder, counts).run();
    } catch (IOException | RuntimeException e) {
      Exception cause = gzip && e instanceof JsonProcessingException ? gzipFault(in, e) : e;
      return counts.failed(path, classify(cause, gzip, counts));
    } finally {
      if (gzip && in != null) {
        endInflater(in);
      }
    }
    if (counts.records == 0 && counts.skipped == 0 && !counts.anyValue) {
      // A 0-byte file (or gzip of nothing) is no log: say so rather than count it as read.
      return failed(path, new Problem(Problem.Kind.NOT_CLOUDTRAIL, "empty: no JSON value"));
    }
    if (counts.records == 0 && counts.skipped > 0 && counts.firstSkip == null) {
      // Nothing in it was a record: the file is not counted as holding skipped records.
      return failed(
          path,
          new Problem(
              Problem.Kind.NOT_CLOUDTRAIL,
              "not a CloudTrail log: no JSON object with a string eventSource and eventName"));
    }
    return new FileReport(path, counts.records, counts.skipped, null, counts.firstSkip);
  }

  /**
   * One file's values, read by one parser after another: a new one after each line of JSON lines
   * that did not parse. Offsets are absolute ({@link Rewind}); a parser's own start at {@code base}.
   */
  private static final class FileParse {
    private final Rewind in;
    private final RecordDecoder decoder;
    private final Counts counts;
    private JsonParser p;
    private long base;

    FileParse(Rewind in, RecordDecoder decoder, Counts counts) {
      this.in = in;
      this.decoder = decoder;
      this.counts = counts;
    }

    void run() throws IOException {
      while (true) {
        base = in.position();
        p = FACTORY.createParser(in);
        try {
          roots();
          return;
        } catch (JsonParseException e) {
          if (!resume(e)) {
            throw e;
          }
        } finally {
          p.close(); // its buffers back to the recycler; the source stays open
        }
      }
    }

    /** Root values follow one another: one for a log file or array, many for JSON lines. */
    private void roots() throws IOException {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        counts.anyValue = true;
        if (t == JsonToken.START_OBJECT) {
          rootObject();
        } else if (t == JsonToken.START_ARRAY) {
          counts.inContainer = true;
          elements();
          counts.inContainer = false;
        } else {
          counts.skipped++;
        }
        JsonLocation end = p.currentLocation();
        counts.lastRootEnd = base + end.getByteOffset();
        counts.lastRootEndLine = counts.lineBase + end.getLineNr();
        counts.rootsDone++;
      }
    }

    /**
     * A root object is a log file if it has a {@code Records} array, else a candidate record. The
     * decision is made field by field so that neither case is buffered.
     */
    private void rootObject() throws IOException {
      long start = begin();
      RecordDecoder.Candidate candidate = decoder.begin();
      boolean logFile = false;
      KeySet seen = counts.keys;
      seen.clear();
      String duplicate = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (logFile && RECORDS.equals(name)) {
          secondRecords(value);
        } else if (logFile) {
          p.skipChildren();
        } else if (RECORDS.equals(name) && value == JsonToken.START_ARRAY) {
          // A log file: its size is not bounded, its records are.
          logFile = true;
          in.recordEnds();
          counts.inValue = false;
          counts.inContainer = true;
          elements();
        } else if (duplicate != null || !seen.add(name)) {
          duplicate = duplicate == null ? name : duplicate;
          p.skipChildren();
        } else {
          candidate.field(name, p);
        }
      }
      if (logFile) {
        counts.inContainer = false;
        return;
      }
      end(candidate, duplicate, start);
    }

    private void elements() throws IOException {
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonEOFException(p, null, "end of input inside an array");
        }
        if (t == JsonToken.START_OBJECT) {
          long start = begin();
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
          end(candidate, duplicate, start);
        } else {
          p.skipChildren();
          counts.skipped++;
        }
      }
    }

    /** A candidate object starts here: from now on its size is bounded. */
    private long begin() throws IOException {
      long start = base + p.currentTokenLocation().getByteOffset();
      in.recordStarts(start);
      counts.inValue = true;
      return start;
    }

    /** The candidate has ended: too large (the read ends), or delivered or skipped. */
    private void end(RecordDecoder.Candidate candidate, String duplicate, long start)
        throws IOException {
      if (base + p.currentLocation().getByteOffset() - start > Rewind.MAX_RECORD) {
        throw new Rewind.RecordTooLarge();
      }
      in.recordEnds();
      counts.inValue = false;
      counts.end(candidate, duplicate != null ? duplicate : candidate.nestedDuplicate());
    }

    /**
     * A second {@code Records} in a log file. Readers disagree on which one counts (Jackson and
     * most JSON libraries keep the last, others the first): last-wins would let whoever can write
     * a log file hide the first array's records from an inventory. The first array has been read;
     * the values of the second are counted as skipped, with the reason.
     */
    private void secondRecords(JsonToken value) throws IOException {
      long before = counts.records + counts.skipped;
      long values = 0;
      if (value == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          p.skipChildren();
          values++;
        }
      } else {
        p.skipChildren();
        values = 1;
      }
      counts.skipped += values;
      if (values > 0 && counts.firstSkip == null) {
        counts.firstSkip =
            "record "
                + (before + 1)
                + ": duplicate key 'Records': the "
                + values
                + " value(s) of the second 'Records' are not read (readers differ on which one a"
                + " log file holds)";
      }
    }

    /**
     * After a syntax error in a root value of JSON lines: the value's line is one skipped value,
     * and reading goes on at the next line. Not inside a log file or array, and not before the
     * file has shown one good value.
     */
    private boolean resume(JsonParseException e) throws IOException {
      if (counts.inContainer || counts.rootsDone == 0) {
        return false;
      }
      long from = counts.lastRootEnd;
      long start = in.firstNonSpace(from);
      if (start < 0) {
        return false;
      }
      long line = counts.lastRootEndLine + in.lineFeeds(from, start);
      if (!in.resumeAfterLine(start)) {
        return false;
      }
      counts.skipped++;
      counts.inValue = false;
      if (counts.firstSkip == null) {
        counts.firstSkip = "line " + line + ": " + syntax(e);
      }
      counts.lineBase = line; // the next parser starts on the following line
      counts.lastRootEnd = in.position();
      counts.lastRootEndLine = line + 1;
      return true;
    }
  }

  /** A syntax error in a few words, without its position: truncated, or malformed and why. */
  private static String syntax(JsonProcessingException e) {
    return e instanceof JsonEOFException
        ? "truncated JSON"
        : "malformed JSON: " + oneLine(e.getOriginalMessage());
  }

  /**
   * Damaged deflate data often inflates to garbage that fails as JSON before the gzip checksum at
   * the end is reached. On a JSON error, reading on a little tells the two faults apart: damage
   * shows within a few blocks as an inflater error. Never to the trailer: a small gzip that
   * inflates to gigabytes of zeros would be inflated whole only to be rejected.
   */
  private static Exception gzipFault(InputStream in, Exception jsonError) {
    byte[] sink = new byte[ReadBuffers.SIZE];
    long left = GZIP_PROBE;
    try {
      int n;
      while (left > 0 && (n = in.read(sink)) >= 0) {
        left -= n;
      }
      return jsonError;
    } catch (IOException e) {
      return e instanceof ZipException || e instanceof EOFException ? e : jsonError;
    }
  }

  /** How far past a JSON error a gzip is read to see whether the gzip itself is damaged. */
  static final int GZIP_PROBE = 1 << 20;

  private static void endInflater(InputStream gzipStream) {
    try {
      gzipStream.close();
    } catch (IOException e) {
      // Unclosable's close cannot fail and the inflater's end does not throw
    }
  }

  /**
   * Which of the parser's limits a value broke: a string longer than a record may be (the record is
   * too large, in the words {@code scan} uses when it skips the string unread), or one of Jackson's
   * own (nesting depth, number length, name length, …), in Jackson's words without its pointer to
   * the setting, which a user cannot change.
   */
  static String limit(StreamConstraintsException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (m.startsWith("String value length")) {
      return tooLarge();
    }
    m = oneLine(m).replaceAll(",? from `[^`]*`", "");
    return m.isEmpty() ? "a value exceeds the parser's limits" : lowerFirst(m);
  }

  private static String tooLarge() {
    return "larger than " + (Rewind.MAX_RECORD >> 20) + " MiB, the most a record may be";
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

  static Problem classify(Exception e, boolean gzip, Counts counts) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SourceReadException) {
        return new Problem(Problem.Kind.SOURCE_FAILED, c.getMessage());
      }
    }
    String after = " after " + counts.records + " record(s)";
    String record = "record " + (counts.records + counts.skipped + 1) + ": ";
    if (e instanceof StreamConstraintsException c) {
      return new Problem(Problem.Kind.MALFORMED_JSON, record + limit(c));
    }
    if (e instanceof Rewind.RecordTooLarge) {
      return new Problem(Problem.Kind.MALFORMED_JSON, record + tooLarge());
    }
    if (e instanceof ZipException || (gzip && e instanceof EOFException)) {
      return new Problem(Problem.Kind.CORRUPT_GZIP, "corrupt gzip" + after + ": " + oneLine(e));
    }
    if (e instanceof JsonEOFException) {
      return new Problem(Problem.Kind.TRUNCATED_JSON, "truncated JSON" + after + at(e, counts));
    }
    if (e instanceof JsonProcessingException j) {
      return new Problem(
          Problem.Kind.MALFORMED_JSON,
          "malformed JSON" + after + at(e, counts) + ": " + oneLine(j.getOriginalMessage()));
    }
    return new Problem(Problem.Kind.UNREADABLE, "read failed" + after + ": " + oneLine(e));
  }

  /** Where the parser stood, in the file's lines (a parser started after a skipped line counts on). */
  private static String at(Exception e, Counts counts) {
    JsonLocation l = ((JsonProcessingException) e).getLocation();
    return l == null
        ? ""
        : " (line " + (counts.lineBase + l.getLineNr()) + ", column " + l.getColumnNr() + ")";
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

  /** A file that gave nothing: it could not be opened, was empty, or held no record. */
  private static FileReport failed(String path, Problem problem) {
    return new FileReport(path, 0, 0, problem);
  }

  public static String oneLine(Throwable e) {
    String m = e.getMessage();
    return oneLine(m == null ? e.getClass().getSimpleName() : m);
  }

  public static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** Per-file tallies; the reader itself stays stateless. */
  static final class Counts {
    long records;
    long skipped;
    boolean anyValue;
    String firstSkip;

    /** A candidate object is being read: a fault now breaks it, one more skipped value. */
    boolean inValue;

    /** Inside a log file's Records or a root array: a syntax error there ends the file. */
    boolean inContainer;

    /** Root values read whole; where the last ended, and on which line of the file. */
    long rootsDone;

    long lastRootEnd;
    long lastRootEndLine = 1;

    /** Lines before the current parser's first: it counts its own from 1. */
    long lineBase;

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

    /**
     * The report of a file whose reading a fault ended: the records before it stand, and the value
     * it broke, if it broke one, is skipped with the rest.
     */
    FileReport failed(String path, Problem problem) {
      return new FileReport(path, records, skipped + (inValue ? 1 : 0), problem, firstSkip);
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
