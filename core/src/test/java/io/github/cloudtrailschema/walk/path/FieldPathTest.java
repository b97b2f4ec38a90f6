package io.github.cloudtrailschema.walk.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldPathTest {
  @Test
  void rendersTheProjectNotation() {
    FieldPath p = FieldPath.of("requestParameters", "tags").element().key("key");
    assertThat(p).hasToString("requestParameters.tags[].key");
    assertThat(FieldPath.of("a").anyKey().key("b")).hasToString("a.*.b");
    assertThat(FieldPath.of("a", "odd key").element()).hasToString("a[\"odd key\"][]");
    assertThat(FieldPath.of("additionalEventData", "x-amz-id-2")).hasToString("additionalEventData.x-amz-id-2");
    assertThat(FieldPath.of("a", "*")).as("a key named * is not a map's any key").hasToString("a[\"*\"]");
    assertThat(FieldPath.ROOT).hasToString("");
  }

  @Test
  void readsItBack() {
    for (String s :
        new String[] {
          "requestParameters.tags[].key",
          "a.*.b",
          "a[\"odd key\"][]",
          "a[\"quote \\\" and \\\\ and \\n\"].b",
          "a.b[][].c",
          "x-amz-acl",
          "Condition.*.aws:SourceIp"
        }) {
      assertThat(FieldPath.parse(s)).as(s).hasToString(s);
    }
    assertThat(FieldPath.parse("a.*.b").segments())
        .containsExactly(
            new FieldPath.Key("a"), FieldPath.AnyKey.INSTANCE, new FieldPath.Key("b"));
    assertThatThrownBy(() -> FieldPath.parse("a[\"unclosed")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anyPathRoundTripsAndEqualsItsParse() {
    Random random = new Random(20261207);
    String alphabet = "abcXYZ09_-.: \"\\*[]$@";
    for (int n = 0; n < 5_000; n++) {
      FieldPath p = FieldPath.ROOT;
      int size = 1 + random.nextInt(6);
      for (int i = 0; i < size; i++) {
        int kind = i == 0 ? 0 : random.nextInt(4);
        if (kind == 1) {
          p = p.element();
        } else if (kind == 2) {
          p = p.anyKey();
        } else {
          StringBuilder key = new StringBuilder();
          for (int k = 1 + random.nextInt(5); k > 0; k--) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          p = p.key(key.toString());
        }
      }
      FieldPath back = FieldPath.parse(p.toString());
      assertThat(back).as(p.toString()).isEqualTo(p).hasSameHashCodeAs(p);
      assertThat(back.segments()).isEqualTo(p.segments());
    }
  }

  @Test
  void partsOfAPath() {
    FieldPath p = FieldPath.of("responseElements", "policy").element().key("arn");
    assertThat(p.firstKey()).contains("responseElements");
    assertThat(p.startsWithKey("responseElements")).isTrue();
    assertThat(p.fieldName()).contains("arn");
    assertThat(FieldPath.of("a", "cidrs").element().fieldName()).contains("cidrs");
    assertThat(p.keys()).containsExactly("responseElements", "policy", "arn");
    assertThat(p.firstContainer()).isEqualTo(2);
    assertThat(p.prefix(2)).hasToString("responseElements.policy");
    assertThat(p.suffix(1)).hasToString("policy[].arn");
    assertThat(p.parent()).hasToString("responseElements.policy[]");
    assertThat(p.hasElement()).isTrue();
    assertThat(p.hasAnyKey()).isFalse();
    assertThat(FieldPath.of("a", "b c").hasOddKey()).isTrue();
  }
}
