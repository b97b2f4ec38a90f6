package io.github.cloudtrailschema.trail;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.StructureShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EC2's CloudTrail names: rules that derive them from the model (evidence: real records of
 * RunInstances, DescribeInstances, CreateSecurityGroup, ... and the wrapped CreateTransitGateway,
 * CreateNatGateway, ...), and the exceptions EC2's XML schema names, from the curated table {@code
 * curated/ec2-naming.tsv}.
 */
public final class Ec2Naming {
  private static final Set<String> PAGINATION = Set.of("MaxResults", "NextToken");

  /** The exceptions EC2's XML schema and records name, {@code curated/ec2-naming.tsv}. */
  private static final List<String[]> TABLE = load();

  /**
   * The element names of request lists that no rule derives from the model ({@code InstanceId.N}
   * is {@code instancesSet}), keyed by the member's query name.
   */
  private static final Map<String, String> XSD_LIST_NAMES = names("list-name");

  /** Element keys of those lists where the XML item type renames them ({@code groupId}). */
  private static final Map<String, String> XSD_ELEMENT_NAMES = names("element-name");

  /**
   * Members an operation's XML type groups as {@code instancesSet.items[]}, in order: RunInstances'
   * image, counts and key pair ({@code instancesSet.items[].imageId}).
   */
  public static final Map<String, List<String>> CLASSIC_INSTANCES_SET = grouped("instances-set");

  /** Structure members whose fields classic requests log one level up (RunInstances' Placement). */
  public static final Map<String, String> CLASSIC_FLATTENED = byOperation("flattened");

  /**
   * Classic request members CloudTrail logs under another key than the XML type's ({@code
   * attributeType}), keyed by operation, then member name.
   */
  private static final Map<String, Map<String, String>> CLASSIC_RENAMED = renamed();

  private Ec2Naming() {}

  /**
   * Whether the operation is logged in the newer wrapped form. Classic operations carry the old
   * lower-camel wire names ({@code dryRun}, {@code instanceId}) as {@code locationName}s of their
   * input members; operations added since about 2015 have none (pagination members were added to
   * old operations later and do not count). Right for 91 of the 93 EC2 operations in the dev
   * corpus.
   */
  public static boolean isWrapped(ServiceModel model, Operation op) {
    if (op.input().isEmpty()
        || !(model.expectShape(op.input().get()) instanceof StructureShape in)) {
      return false;
    }
    for (Member m : in.members()) {
      if (!PAGINATION.contains(m.name())
          && m.locationName()
              .filter(n -> !n.isEmpty() && Character.isLowerCase(n.charAt(0)))
              .isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Response keys: the {@code locationName} ({@code instancesSet}); {@code return} logs as {@code
   * _return}.
   */
  public static List<String> responseNames(Member m) {
    String name = m.locationName().orElse(NamingStrategy.lowerFirst(m.name()));
    if (name.equals("return")) {
      return List.of("_return");
    }
    return List.of(name);
  }

  /** Classic request keys of a non-list member: the wire name, first letter lowered. */
  public static List<String> requestNames(Member m) {
    Set<String> names = new LinkedHashSet<>();
    m.locationName().ifPresent(n -> names.add(NamingStrategy.lowerFirst(n)));
    names.add(NamingStrategy.lowerFirst(m.name()));
    return List.copyOf(names);
  }

  /** The key CloudTrail logs for a classic request member, where it is not the wire name. */
  public static java.util.Optional<String> classicRenamed(String operation, Member m) {
    return java.util.Optional.ofNullable(
        CLASSIC_RENAMED.getOrDefault(operation, Map.of()).get(m.name()));
  }

  /**
   * Classic request keys of a list member: {@code <base>Set}, after EC2's old XML types. Most bases
   * are the query name without {@code Id}/{@code Name} ({@code subnetSet}, {@code vpcSet}, {@code
   * volumeSet}, {@code keySet}, {@code filterSet}, {@code tagSet}); some keep the {@code Id}
   * ({@code routeTableIdSet}, {@code networkInterfaceIdSet}); a few are in {@link #XSD_LIST_NAMES}.
   * Lists of structures may also go without {@code Set} ({@code blockDeviceMapping}, {@code
   * ipPermissions}). The first name is the likeliest; the others are the forms records show for
   * other operations.
   */
  public static List<String> requestListNames(Member m, ListShape list) {
    String loc = m.locationName().orElse(m.name());
    String upper = Character.toUpperCase(loc.charAt(0)) + loc.substring(1);
    Set<String> names = new LinkedHashSet<>();
    if (XSD_LIST_NAMES.containsKey(upper)) {
      names.add(XSD_LIST_NAMES.get(upper));
    }
    names.add(NamingStrategy.lowerFirst(strip(loc, "Id", "Name")) + "Set");
    names.add(NamingStrategy.lowerFirst(loc) + "Set");
    names.add(NamingStrategy.lowerFirst(m.name()) + "Set");
    names.add(NamingStrategy.lowerFirst(loc));
    names.add(NamingStrategy.lowerFirst(m.name()));
    return List.copyOf(names);
  }

  /**
   * Keys of a tag specification's tag list, added after EC2's XML types: the member
   * name, first letter lowered ({@code Tags} → {@code tags}), then its wire name. Records of
   * RunInstances, CreateVpc, CreateSubnet, ... log {@code tagSpecificationSet.items[].tags[]}.
   */
  public static List<String> modernListNames(Member m) {
    Set<String> names = new LinkedHashSet<>();
    names.add(NamingStrategy.lowerFirst(m.name()));
    m.locationName().filter(n -> !n.isEmpty()).ifPresent(n -> names.add(NamingStrategy.lowerFirst(n)));
    return List.copyOf(names);
  }

  /** {@code names} with {@code primary} moved (or added) to the front. */
  public static List<String> first(String primary, List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    out.add(primary);
    out.addAll(names);
    return List.copyOf(out);
  }

  /** The key of a scalar list element's object: {@code instanceId} for {@code InstanceIds}. */
  public static String elementName(Member via, ListShape list) {
    String loc = via == null ? "" : via.locationName().orElse("");
    String upper = loc.isEmpty() ? "" : Character.toUpperCase(loc.charAt(0)) + loc.substring(1);
    if (XSD_ELEMENT_NAMES.containsKey(upper)) {
      return XSD_ELEMENT_NAMES.get(upper);
    }
    String name =
        list.member()
            .locationName()
            .filter(n -> !n.equals("item"))
            .or(() -> via == null ? java.util.Optional.empty() : via.locationName())
            .orElse(via == null ? "value" : strip(via.name(), "s"));
    return NamingStrategy.lowerFirst(name);
  }

  private static String strip(String s, String... suffixes) {
    for (String suffix : suffixes) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  private static List<String[]> load() {
    List<String[]> rows = new ArrayList<>();
    for (CuratedRows.Row row : CuratedRows.rows("/curated/ec2-naming.tsv")) {
      String[] c = row.cells();
      if (c.length != 5 || c[4].isBlank()) {
        throw new IllegalStateException(
            "curated/ec2-naming.tsv line " + row.line() + ": kind, operation, member, name, evidence expected");
      }
      rows.add(c);
    }
    return rows;
  }

  private static Map<String, String> names(String kind) {
    Map<String, String> out = new LinkedHashMap<>();
    TABLE.stream().filter(c -> c[0].equals(kind)).forEach(c -> out.put(c[2], c[3]));
    return Map.copyOf(out);
  }

  private static Map<String, List<String>> grouped(String kind) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    TABLE.stream()
        .filter(c -> c[0].equals(kind))
        .forEach(c -> out.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[2]));
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private static Map<String, String> byOperation(String kind) {
    Map<String, String> out = new LinkedHashMap<>();
    TABLE.stream().filter(c -> c[0].equals(kind)).forEach(c -> out.put(c[1], c[2]));
    return Map.copyOf(out);
  }

  private static Map<String, Map<String, String>> renamed() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    TABLE.stream()
        .filter(c -> c[0].equals("renamed"))
        .forEach(c -> out.computeIfAbsent(c[1], k -> new LinkedHashMap<>()).put(c[2], c[3]));
    out.replaceAll((k, v) -> Map.copyOf(v));
    return Map.copyOf(out);
  }
}
