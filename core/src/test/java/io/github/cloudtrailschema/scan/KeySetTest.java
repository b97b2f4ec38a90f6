package io.github.cloudtrailschema.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {

  @Test
  void findsADuplicateByValueNotIdentity() {
    KeySet keys = new KeySet();
    assertThat(keys.add("eventName")).isTrue();
    assertThat(keys.add(new String("eventName"))).isFalse();
    keys.clear();
    assertThat(keys.add("eventName")).isTrue();
  }

  /** Against HashSet over many objects of random sizes, some past the initial table. */
  @Test
  void agreesWithHashSetAcrossClearsAndGrowth() {
    Random random = new Random(14);
    KeySet keys = new KeySet();
    for (int object = 0; object < 2_000; object++) {
      keys.clear();
      Set<String> expected = new HashSet<>();
      int n = random.nextInt(object % 50 == 0 ? 300 : 30);
      for (int i = 0; i < n; i++) {
        String k = "k" + random.nextInt(n + 1);
        assertThat(keys.add(k)).as("object %d key %s", object, k).isEqualTo(expected.add(k));
      }
    }
  }
}
