package io.github.cloudtrailschema.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.walk.path.FieldPath;
import org.junit.jupiter.api.Test;

class LeafCheckTest {
  private static String overlay(String path, boolean emptyObject) {
    return new LeafCheck(FieldPath.parse(path), emptyObject, LeafCheck.Status.UNKNOWN_FIELD)
        .overlayPath();
  }

  @Test
  void aLeafIsWrittenInTheNotationOfLearnedPaths() {
    assertThat(overlay("requestParameters.tags[\"i-0aaaabbbbcccc1234\"].v", false))
        .isEqualTo("requestParameters.tags.*.v");
    assertThat(overlay("responseElements.association", true))
        .isEqualTo("responseElements.association{}");
    assertThat(overlay("requestParameters.instancesSet.items[].instanceId", false))
        .isEqualTo("requestParameters.instancesSet.items[].instanceId");
    // a key holding the notation's own characters is one key, and no name
    assertThat(overlay("requestParameters[\"a.b[]\"].c", false)).isEqualTo("requestParameters.*.c");
    assertThat(overlay("requestParameters.m.*[]", false)).isEqualTo("requestParameters.m.*[]");
  }
}
