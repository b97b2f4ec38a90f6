package io.github.cloudtrailschema.testing;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A test that cannot run here (a program or the shared corpus absent) skips with ONE line on stderr
 * saying what is missing, as well as the JUnit assumption: Surefire's and Failsafe's summaries
 * show a class skipped in {@code @BeforeAll} as 0 tests, with no reason.
 */
public final class Skip {
  private Skip() {}

  /** Skips {@code test} unless {@code ok}, saying {@code why}. */
  public static void unless(Class<?> test, boolean ok, String why) {
    if (!ok) {
      System.err.println(test.getSimpleName() + ": skipped: " + why);
    }
    Assumptions.assumeTrue(ok, why);
  }

  /** What was found, or a skip of {@code test} saying {@code why}. */
  public static <T> T unlessFound(Class<?> test, Optional<T> found, String why) {
    unless(test, found.isPresent(), why);
    return found.orElseThrow();
  }
}
