package io.github.cloudtrailschema;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's arrows, checked on the compiled classes (every reference, not only imports): knowledge
 * below, presentation above, each package using only the layers under it. The order is the one the
 * {@code package-info.java} files describe; a new package must be given its place here.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.cloudtrailschema";

  /**
   * Each package's layer, bottom first. A class may use its own package and any package of a lower
   * layer; packages that share a layer are peers and may not use each other.
   */
  static final List<Set<String>> LAYERS =
      List.of(
          Set.of("model"),
          Set.of("pattern", "text"),
          Set.of("loading"),
          Set.of("loading.build"),
          Set.of("trail"),
          Set.of("overlay"),
          Set.of("walk"),
          Set.of("walk.path"),
          Set.of("scan"),
          Set.of("scan.s3"),
          Set.of("check"),
          Set.of("learn"),
          Set.of("format"),
          Set.of("search"),
          Set.of("search.build"),
          Set.of("report"),
          Set.of("lint", "athena", "serve"),
          Set.of("export"),
          Set.of("cli"));

  /**
   * Inside {@code format}: the root holds the contract every format implements and {@link
   * io.github.cloudtrailschema.format.OutputFormat}, the registry that makes each one; a format may
   * quote another's example values, and the markdown page composes the tree, the paths and the
   * example.
   */
  static final Map<String, Set<String>> FORMAT_USES =
      Map.of(
          "format.markdown", Set.of("format.tree", "format.paths", "format.example"),
          "format.jsonschema", Set.of("format.example"),
          "format.custodian", Set.of("format.example"),
          "format.athena", Set.of("format.example"));

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void noPackageUsesOneAboveItOrAPeer() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass c : classes) {
      String from = pkg(c);
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (!target.getPackageName().startsWith(ROOT + ".")) {
          continue;
        }
        String to = pkg(target);
        if (!allowed(from, to)) {
          violations.add(from + " -> " + to + ": " + d.getDescription());
        }
      }
    }
    assertThat(violations).as("dependencies against the layering").isEmpty();
  }

  @Test
  void everyPackageHasAPlace() {
    Set<String> unplaced = new TreeSet<>();
    for (JavaClass c : classes) {
      if (layer(pkg(c)) < 0) {
        unplaced.add(pkg(c));
      }
    }
    assertThat(unplaced).as("packages missing from ArchitectureTest.LAYERS").isEmpty();
  }

  @Test
  void picocliOnlyInTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  /** The build-time programs ({@code loading.build}, {@code search.build}) are Maven's, not users'. */
  @Test
  void onlyMainWritesToTheProcessStreams() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".cli.Main")
        .and()
        .resideOutsideOfPackage(ROOT + "..build")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }

  static boolean allowed(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (isFormat(from) && isFormat(to)) {
      return from.equals("format")
          || to.equals("format")
          || FORMAT_USES.getOrDefault(from, Set.of()).contains(to);
    }
    int a = layer(from);
    int b = layer(to);
    return a >= 0 && b >= 0 && b < a;
  }

  private static boolean isFormat(String pkg) {
    return pkg.equals("format") || pkg.startsWith("format.");
  }

  /** The layer of a package; format's sub-packages share format's. -1 if it has none. */
  static int layer(String pkg) {
    String key = pkg.startsWith("format.") ? "format" : pkg;
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The package below the root, {@code walk.path}; the root's own classes are "". */
  private static String pkg(JavaClass c) {
    String p = c.getPackageName();
    return p.equals(ROOT) ? "" : p.substring(ROOT.length() + 1);
  }
}
