package io.github.cloudtrailschema.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The programs some tests drive (a newer JDK for Trino, Chromium, Node), found on the machine the
 * way a developer installed them, never at one machine's paths: commands on {@code PATH}; JDKs
 * from Maven's toolchains, an environment variable, {@code JAVA_HOME} or the folders JDK packages
 * install into, each JDK judged by its {@code release} file.
 */
public final class Tools {
  /** Where JDK packages and installers put JDKs (Debian, Fedora, macOS, SDKMAN!, IntelliJ). */
  private static final List<String> JDK_FOLDERS =
      List.of(
          "/usr/lib/jvm",
          "/usr/java",
          "/opt/java",
          "/Library/Java/JavaVirtualMachines",
          "~/.sdkman/candidates/java",
          "~/.jdks");

  private static final Pattern FEATURE = Pattern.compile("^(?:1\\.)?(\\d+)");

  private Tools() {}

  /** The first of {@code names} that is an executable file in a folder of {@code PATH}. */
  public static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code bin/java} of a JDK whose feature version is at least {@code feature}. The JDK home
   * in the environment variable {@code variable} (say {@code TRINO_JAVA_HOME}) when it is set, and
   * then nothing else: a developer who names one JDK means that one. Otherwise the first that fits
   * of the {@code jdk} toolchains in {@code ~/.m2/toolchains.xml}, {@code JAVA_HOME}, the JVM
   * running the tests, and the JDKs under {@link #JDK_FOLDERS}, newest first.
   */
  public static Optional<Path> java(int feature, String variable) {
    String named = System.getenv(variable);
    List<Path> homes = new ArrayList<>();
    if (named != null && !named.isBlank()) {
      homes.add(Path.of(named));
    } else {
      homes.addAll(toolchainJdks());
      String javaHome = System.getenv("JAVA_HOME");
      if (javaHome != null && !javaHome.isBlank()) {
        homes.add(Path.of(javaHome));
      }
      homes.add(Path.of(System.getProperty("java.home")));
      homes.addAll(installedJdks());
    }
    for (Path home : homes) {
      Path java = home.resolve("bin").resolve("java");
      if (featureVersion(home) >= feature && Files.isExecutable(java)) {
        return Optional.of(java);
      }
    }
    return Optional.empty();
  }

  /** Where {@link #java} looks, for a message saying what was not found. */
  public static String javaPlaces(String variable) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      return "$" + variable + " (" + named + ")";
    }
    return "$" + variable + ", ~/.m2/toolchains.xml, $JAVA_HOME, " + String.join(", ", JDK_FOLDERS);
  }

  /**
   * A JDK's feature version from its {@code release} file ({@code JAVA_VERSION="25.0.1"}: 25;
   * {@code "1.8.0_402"}: 8), or 0 when it has none: a folder that is not a JDK.
   */
  static int featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      p.load(in);
    } catch (IOException e) {
      return 0;
    }
    return feature(p.getProperty("JAVA_VERSION", "").replace("\"", ""));
  }

  static int feature(String version) {
    Matcher m = FEATURE.matcher(version.strip());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * The {@code jdkHome} of every {@code jdk} toolchain in {@code ~/.m2/toolchains.xml}, in its
   * order (the version each declares is checked against the JDK's own release file anyway).
   */
  static List<Path> toolchainJdks() {
    Path file = home().resolve(".m2").resolve("toolchains.xml");
    List<Path> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(file.toFile());
      NodeList chains = doc.getElementsByTagName("toolchain");
      for (int i = 0; i < chains.getLength(); i++) {
        Element chain = (Element) chains.item(i);
        if (text(chain, "type").equals("jdk") && !text(chain, "jdkHome").isEmpty()) {
          out.add(Path.of(text(chain, "jdkHome")));
        }
      }
    } catch (Exception e) {
      // An unreadable toolchains file is one place less to look, not a failed test.
      System.err.println("Tools: " + file + " is not readable: " + e.getMessage());
    }
    return out;
  }

  private static String text(Element parent, String tag) {
    NodeList n = parent.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
  }

  /** Every JDK home under the standard folders, newest feature version first, then by name. */
  static List<Path> installedJdks() {
    List<Path> out = new ArrayList<>();
    for (String folder : JDK_FOLDERS) {
      Path dir =
          folder.startsWith("~/") ? home().resolve(folder.substring(2)) : Path.of(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> Files.isDirectory(p.resolve("Contents/Home")) ? p.resolve("Contents/Home") : p)
            .filter(p -> featureVersion(p) > 0)
            .forEach(out::add);
      } catch (IOException e) {
        // an unreadable folder holds no JDK we could run
      }
    }
    out.sort(
        Comparator.comparingInt(Tools::featureVersion)
            .reversed()
            .thenComparing(Path::toString));
    return out;
  }

  private static Path home() {
    return Path.of(System.getProperty("user.home"));
  }
}
