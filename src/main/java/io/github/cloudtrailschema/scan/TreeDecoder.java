package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Hands each record to a visitor as an {@link ObjectNode}, unwrapped from its EventBridge envelope.
 * Only the current record is ever held as a tree.
 */
public final class TreeDecoder implements RecordDecoder {
  private final Consumer<ObjectNode> visitor;

  public TreeDecoder(Consumer<ObjectNode> visitor) {
    this.visitor = visitor;
  }

  @Override
  public Candidate begin() {
    ObjectNode object = CloudTrailRecords.MAPPER.createObjectNode();
    return new Candidate() {
      @Override
      public void field(String name, JsonParser parser) throws IOException {
        JsonNode value = CloudTrailRecords.MAPPER.readTree(parser);
        object.set(name, value);
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
