package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Turns one candidate JSON object into a record, field by field, straight off the parser. The
 * {@link RecordReader} finds the candidates (log files, arrays, JSON lines); a decoder decides what
 * to keep of each: {@link TreeDecoder} keeps the whole record as a tree, the scan's own decoder
 * keeps only the few fields an inventory needs and skips the rest unparsed.
 */
public interface RecordDecoder {

  /** Starts a new candidate object; the previous one, if unfinished, is abandoned. */
  Candidate begin();

  /** One candidate object being decoded. */
  interface Candidate {
    /**
     * One field. The parser stands on the value's first token; the decoder must consume the value
     * entirely (for containers, up to their end token), e.g. with {@code skipChildren()}.
     */
    void field(String name, JsonParser parser) throws IOException;

    /** The object has ended: deliver it if it is a record and say whether it was. */
    boolean end();

    /**
     * A key found twice inside one of the values read, if the decoder looks inside them (a tree
     * does; a summary that skips the subtrees does not); null otherwise. Such a record is skipped.
     */
    default String nestedDuplicate() {
      return null;
    }
  }
}
