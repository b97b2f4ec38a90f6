package io.github.cloudtrailschema.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LeafTypesTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void followsCheckPathsTheWaysTheyWereMade() throws Exception {
    JsonNode r =
        json(
            "{\"responseElements\": {\"set\": {\"items\": [{\"a\": 1}, {\"a\": \"x\"}]},"
                + " \"one\": {\"b\": true}, \"empty\": {}, \"none\": [], \"m\": {\"k1\": 2.5},"
                + " \"dotted.key\": {\"c\": null}}}");
    assertThat(LeafTypes.of(r, "responseElements.set[].a")).containsExactly("integer", "string");
    assertThat(LeafTypes.of(r, "responseElements.set.items[].a")).containsExactly("integer", "string");
    assertThat(LeafTypes.of(r, "responseElements.one[].b")).containsExactly("boolean");
    assertThat(LeafTypes.of(r, "responseElements.empty{}")).containsExactly("object");
    assertThat(LeafTypes.of(r, "responseElements.none[]")).containsExactly("array");
    assertThat(LeafTypes.of(r, "responseElements.m.*")).containsExactly("number");
    assertThat(LeafTypes.of(r, "responseElements.dotted.key.c")).containsExactly("null");
    assertThat(LeafTypes.of(r, "responseElements.nothing")).isEmpty();
  }
}
