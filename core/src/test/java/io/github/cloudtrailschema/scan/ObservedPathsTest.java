package io.github.cloudtrailschema.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.walk.path.FieldPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedPathsTest {
  private static List<String> flatten(String json) throws Exception {
    List<String> out = new ArrayList<>();
    ObservedPaths.flatten(
        new ObjectMapper().readTree(json), FieldPath.of("requestParameters"), p -> out.add(p.toString()));
    return out;
  }

  @Test
  void leavesArraysAndOddKeys() throws Exception {
    assertThat(
            flatten(
                "{\"a\":{\"b\":[{\"c\":1},{\"c\":2,\"d\":null}]},\"e\":\"x\","
                    + "\"f\":[],\"g\":{},\"h.i\":true,\"j\":[[1]]}"))
        .containsExactly(
            "requestParameters.a.b[].c",
            "requestParameters.a.b[].c",
            "requestParameters.a.b[].d",
            "requestParameters.e",
            "requestParameters.f",
            "requestParameters.g",
            "requestParameters[\"h.i\"]",
            "requestParameters.j[][]");
  }

  @Test
  void nullRootEmitsNothing() throws Exception {
    assertThat(flatten("null")).isEmpty();
    List<FieldPath> out = new ArrayList<>();
    ObservedPaths.flatten(null, FieldPath.of("responseElements"), out::add);
    assertThat(out).isEmpty();
  }
}
