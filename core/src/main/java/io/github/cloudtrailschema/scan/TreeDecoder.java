package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Hands each record to a visitor as an {@link ObjectNode}, unwrapped from its EventBridge envelope.
 * Only the current record is ever held as a tree.
 */
public final class TreeDecoder implements RecordDecoder {
  private final Consumer<ObjectNode> visitor;

  /**
   * Nested duplicate keys fail the read, as top-level ones do in {@link RecordReader}: last-wins
   * would show a value the record's writer may not have meant.
   */
  private static final ObjectReader STRICT =
      CloudTrailRecords.MAPPER.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final String DUPLICATE = "Duplicate field '";

  /** The key Jackson names in its duplicate-key message, or null for another mismatch. */
  static String duplicateKey(MismatchedInputException e) {
    String m = e.getOriginalMessage();
    int at = m == null ? -1 : m.indexOf(DUPLICATE);
    int end = at < 0 ? -1 : m.indexOf("'", at + DUPLICATE.length());
    return end < 0 ? null : m.substring(at + DUPLICATE.length(), end);
  }

  /** A value read as a tree, or the key found twice in it (the value then read past, not kept). */
  record Strict(com.fasterxml.jackson.databind.JsonNode tree, String duplicate) {}

  /** Reads the value the parser stands on; a duplicate key anywhere in it is reported, not kept. */
  static Strict readStrict(JsonParser parser) throws IOException {
    JsonStreamContext around = parser.getParsingContext();
    if (parser.currentToken().isStructStart()) {
      around = around.getParent();
    }
    try {
      return new Strict(STRICT.readTree(parser), null);
    } catch (MismatchedInputException e) {
      String duplicate = duplicateKey(e);
      if (duplicate == null) {
        throw e;
      }
      // Read on to the end of this value: the record is skipped, the file goes on.
      while (parser.getParsingContext() != around) {
        if (parser.nextToken() == null) {
          throw new com.fasterxml.jackson.core.io.JsonEOFException(
              parser, null, "end of input inside a value");
        }
      }
      return new Strict(null, duplicate);
    }
  }

  public TreeDecoder(Consumer<ObjectNode> visitor) {
    this.visitor = visitor;
  }

  @Override
  public Candidate begin() {
    ObjectNode object = CloudTrailRecords.MAPPER.createObjectNode();
    return new Candidate() {
      private String duplicate;

      @Override
      public void field(String name, JsonParser parser) throws IOException {
        if (duplicate != null) {
          parser.skipChildren();
          return;
        }
        Strict read = readStrict(parser);
        duplicate = read.duplicate();
        if (duplicate == null) {
          object.set(name, read.tree());
        }
      }

      @Override
      public String nestedDuplicate() {
        return duplicate;
      }

      @Override
      public boolean end() {
        ObjectNode record = CloudTrailRecords.unwrap(object);
        if (!CloudTrailRecords.isRecord(record)) {
          return false;
        }
        visitor.accept(record);
        return true;
      }
    };
  }
}
