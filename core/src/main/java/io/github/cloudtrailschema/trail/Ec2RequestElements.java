package io.github.cloudtrailschema.trail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The element names of EC2's old XML request types, per operation: the curated table {@code
 * curated/ec2-request-elements.tsv}, read from EC2's 2013-10-01 WSDL (its header names the source
 * and how it was derived). CloudTrail logs classic EC2 requests in the shape of these types, so
 * where the table knows an operation's element, its name beats the naming heuristic.
 */
public final class Ec2RequestElements {
  private static final String RESOURCE = "/curated/ec2-request-elements.tsv";

  /** An element of a request type: a set (list of {@code item}s) or a nested structure. */
  public record Element(String name, boolean set, Optional<String> itemKey) {}

  private final Map<String, Map<String, Element>> byOperation;

  private Ec2RequestElements(Map<String, Map<String, Element>> byOperation) {
    this.byOperation = byOperation;
  }

  private static final class Holder {
    static final Ec2RequestElements TABLE = load();
  }

  /** The embedded table, loaded once. */
  public static Ec2RequestElements table() {
    return Holder.TABLE;
  }

  /**
   * Whether the operation's XML response type has a {@code return} element beside its others
   * (CreateSecurityGroup: {@code requestId}, {@code return}, {@code groupId}).
   */
  public boolean returnsBesides(String operation) {
    return byOperation.getOrDefault(operation, Map.of()).containsKey(RETURN);
  }

  private static final String RETURN = "return";

  /** Whether the schema has the operation's request type at all. */
  public boolean covers(String operation) {
    return byOperation.containsKey(operation);
  }

  /**
   * The schema's name among {@code candidates} (the heuristic's names for one member, likeliest
   * first): the first candidate the operation's request type has; else, for a set, the one
   * element whose name ends with a candidate ({@code accountAttributeNameSet} for {@code
   * attributeNameSet}).
   */
  public Optional<Element> pick(String operation, List<String> candidates, boolean set) {
    Map<String, Element> elements = byOperation.get(operation);
    if (elements == null) {
      return Optional.empty();
    }
    for (String c : candidates) {
      Element e = elements.get(c);
      if (e != null && e.set() == set) {
        return Optional.of(e);
      }
    }
    if (!set) {
      return Optional.empty();
    }
    for (String c : candidates) {
      if (!c.endsWith("Set")) {
        continue;
      }
      String tail = c.toLowerCase(Locale.ROOT);
      List<Element> found =
          elements.values().stream()
              .filter(e -> e.set() && e.name().toLowerCase(Locale.ROOT).endsWith(tail))
              .toList();
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  static Ec2RequestElements load() {
    Map<String, Map<String, Element>> ops = new HashMap<>();
    for (CuratedRows.Row row : CuratedRows.rows(RESOURCE)) {
      String[] f = row.cells();
      if (f.length < 3) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": bad row: " + row.text());
      }
      String path = f[1];
      String name = path.substring(path.lastIndexOf('.') + 1);
      Optional<String> key = f.length > 3 && !f[3].isEmpty() ? Optional.of(f[3]) : Optional.empty();
      // Names are matched without their path: where one request type has two elements of a name
      // (RunInstances' groupSet and networkInterfaceSet.items[].groupSet), the outer one, listed
      // first, stands.
      ops.computeIfAbsent(f[0], k -> new HashMap<>())
          .putIfAbsent(name, new Element(name, f[2].equals("set"), key));
    }
    return new Ec2RequestElements(ops);
  }
}
