package io.github.cloudtrailschema.loading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One name per service, as botocore and the AWS CLI call it ({@code ecr}, {@code sagemaker}, {@code
 * servicecatalog-appregistry}), whatever file the model came from. The v1 SDK's models jar names
 * some files otherwise ({@code api.ecr}, {@code AWS242AppRegistry}, {@code email}); the curated
 * table {@code curated/service-names.tsv} gives botocore's name for each, with its evidence. The
 * jar's names stay accepted as aliases.
 */
public final class ServiceNames {
  static final String RESOURCE = "/curated/service-names.tsv";

  /** A model the table leaves out, as a duplicate of another model of the same API. */
  private static final String LEFT_OUT = "-";

  private static volatile Map<String, String> table;

  private ServiceNames() {}

  /**
   * The name of the model the models jar names {@code jarName} (as {@link ServiceNaming} assigns
   * it): botocore's name where it differs, else {@code jarName} itself.
   */
  public static String of(String jarName) {
    String name = table().get(jarName);
    return name == null || name.equals(LEFT_OUT) ? jarName : name;
  }

  /** Whether the models jar's {@code jarName} duplicates another model and is left out. */
  public static boolean leftOut(String jarName) {
    return LEFT_OUT.equals(table().get(jarName));
  }

  /** Old name → name, for every renamed model: the aliases a selector still accepts. */
  public static Map<String, String> aliases() {
    Map<String, String> out = new LinkedHashMap<>();
    table().forEach(
        (old, name) -> {
          if (!name.equals(LEFT_OUT)) {
            out.put(old, name);
          }
        });
    return out;
  }

  private static Map<String, String> table() {
    Map<String, String> t = table;
    if (t == null) {
      t = read();
      table = t;
    }
    return t;
  }

  private static Map<String, String> read() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = ServiceNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 3 || cells[0].isEmpty() || cells[1].isEmpty() || cells[2].isBlank()) {
          throw new IllegalStateException(
              RESOURCE + " line " + n + ": expected old-name, name and evidence");
        }
        if (out.put(cells[0], cells[1]) != null) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": " + cells[0] + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
