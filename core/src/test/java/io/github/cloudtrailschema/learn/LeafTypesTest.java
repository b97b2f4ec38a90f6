package io.github.cloudtrailschema.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.walk.path.FieldPath;
import org.junit.jupiter.api.Test;

class LeafTypesTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  private static java.util.Set<String> types(JsonNode r, String path) {
    return LeafTypes.of(r, FieldPath.parse(path), false);
  }

  @Test
  void followsCheckPathsTheWaysTheyWereMade() throws Exception {
    JsonNode r =
        json(
            "{\"responseElements\": {\"set\": {\"items\": [{\"a\": 1}, {\"a\": \"x\"}]},"
                + " \"one\": {\"b\": true}, \"empty\": {}, \"none\": [], \"m\": {\"k1\": 2.5},"
                + " \"dotted.key\": {\"c\": null}}}");
    assertThat(types(r, "responseElements.set[].a")).containsExactly("integer", "string");
    assertThat(types(r, "responseElements.set.items[].a")).containsExactly("integer", "string");
    assertThat(types(r, "responseElements.one[].b")).containsExactly("boolean");
    assertThat(LeafTypes.of(r, FieldPath.parse("responseElements.empty"), true))
        .containsExactly("object");
    assertThat(types(r, "responseElements.none[]")).containsExactly("array");
    assertThat(types(r, "responseElements.m.*")).containsExactly("number");
    assertThat(types(r, "responseElements[\"dotted.key\"].c")).containsExactly("null");
    assertThat(types(r, "responseElements.nothing")).isEmpty();
  }
}
