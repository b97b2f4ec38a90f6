package io.github.cloudtrailschema.format.jsonschema;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cloudtrailschema.format.example.ExampleValues;
import io.github.cloudtrailschema.format.example.ExampleWriter;
import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.pattern.PortablePattern;
import io.github.cloudtrailschema.text.HtmlText;
import io.github.cloudtrailschema.trail.TimestampStyle;
import io.github.cloudtrailschema.walk.Field;
import io.github.cloudtrailschema.walk.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes JSON Schema (2020-12) for walked nodes. A shape that a recursion cut repeats is written
 * once under {@code $defs} and referenced everywhere ({@code $ref}); so is the element of a list
 * that may be logged as the element itself, which the schema allows as either.
 */
final class SchemaWriter {
  /** What CloudTrail writes in place of a sensitive value. */
  static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

  /** {@code Oct 22, 2024 3:21:35 PM}, and the newer {@code Oct 22, 2024, 3:21:35 PM}. */
  static final String JAVA_DATE =
      "^[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4},? [0-9]{1,2}:[0-9]{2}:[0-9]{2}[ \\u202F](AM|PM)$";

  private final JsonGenerator g;
  private final Map<String, Node> defs = new LinkedHashMap<>();
  private final List<String> defOrder = new ArrayList<>();
  private final Map<String, Set<ShapeId>> cutsByScope = new HashMap<>();
  private final Set<String> referenced = new HashSet<>();
  private final Map<String, RepeatedNodes> repeatsByScope = new HashMap<>();
  private final Map<String, String> repeatDefs = new HashMap<>();
  private String scope = "record";
  private String defining;

  SchemaWriter(JsonGenerator g) {
    this.g = g;
  }

  /** Starts a part of the record: its recursive shapes get {@code $defs} of their own. */
  void scope(String name, Node root) {
    this.scope = name;
    collectCuts(root, cutsByScope.computeIfAbsent(name, k -> new HashSet<>()));
    repeatsByScope.computeIfAbsent(name, k -> new RepeatedNodes()).add(root);
  }

  private static void collectCuts(Node n, Set<ShapeId> out) {
    if (n instanceof Node.Struct s) {
      s.fields().forEach(f -> collectCuts(f.value(), out));
    } else if (n instanceof Node.ListOf l) {
      collectCuts(l.item(), out);
    } else if (n instanceof Node.MapOf m) {
      collectCuts(m.value(), out);
    } else if (n instanceof Node.Cut c) {
      out.add(c.shape());
    }
  }

  /** The schema of {@code n}, documented by {@code field}'s member where given. */
  void node(Node n, Optional<Field> field) throws IOException {
    ShapeId id = ExampleWriter.id(n);
    if (id != null
        && cutsByScope.getOrDefault(scope, Set.of()).contains(id)
        && !defName(id).equals(defining)) {
      ref(register(id, n), description(n, field));
      return;
    }
    if (n instanceof Node.Cut cut) {
      String name = defName(cut.shape());
      referenced.add(name);
      ref(name, "");
      return;
    }
    String repeat = repeatDef(n);
    if (repeat != null && !repeat.equals(defining)) {
      ref(repeat, description(n, field));
      return;
    }
    g.writeStartObject();
    String doc = description(n, field);
    if (!doc.isEmpty()) {
      g.writeStringField("description", doc);
    }
    boolean hidden = sensitive(n);
    if (hidden) {
      g.writeArrayFieldStart("anyOf");
      g.writeStartObject();
    }
    body(n);
    if (hidden) {
      g.writeEndObject();
      g.writeStartObject();
      g.writeStringField("const", HIDDEN);
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void body(Node n) throws IOException {
    if (n instanceof Node.Struct s) {
      struct(s);
    } else if (n instanceof Node.ListOf l) {
      list(l);
    } else if (n instanceof Node.MapOf m) {
      g.writeStringField("type", "object");
      g.writeFieldName("additionalProperties");
      node(m.value(), Optional.empty());
      if (!m.key().enumValues().isEmpty() || !m.key().constraints().isEmpty()) {
        g.writeFieldName("propertyNames");
        g.writeStartObject();
        leaf(m.key(), Optional.empty());
        g.writeEndObject();
      }
      range(m.shape().constraints(), "minProperties", "maxProperties");
    } else if (n instanceof Node.Leaf leaf) {
      leaf(leaf.shape(), leaf.timestampStyle());
    }
    // Node.Any: any JSON value, no constraint
  }

  void struct(Node.Struct s) throws IOException {
    g.writeStringField("type", "object");
    if (s.fields().isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("properties");
    List<String> required = new ArrayList<>();
    for (Field f : s.fields()) {
      for (String name : names(f)) {
        g.writeFieldName(name);
        node(f.value(), Optional.of(f));
      }
      if (f.member().required() && f.alternatives().isEmpty() && !s.shape().union()) {
        required.add(f.name());
      }
    }
    g.writeEndObject();
    if (!required.isEmpty()) {
      g.writeArrayFieldStart("required");
      for (String r : required) {
        g.writeString(r);
      }
      g.writeEndArray();
    }
  }

  private static List<String> names(Field f) {
    List<String> names = new ArrayList<>();
    names.add(f.name());
    names.addAll(f.alternatives());
    return names;
  }

  private void list(Node.ListOf l) throws IOException {
    if (l.wrapper().isPresent()) {
      g.writeStringField("type", "object");
      g.writeObjectFieldStart("properties");
      g.writeObjectFieldStart(l.wrapper().get());
    }
    if (l.singleAsObject() && ExampleWriter.id(l.item()) != null) {
      String item = register(ExampleWriter.id(l.item()), l.item());
      g.writeArrayFieldStart("anyOf");
      g.writeStartObject();
      array(l, item);
      g.writeEndObject();
      ref(item, "");
      g.writeEndArray();
    } else {
      array(l, null);
    }
    if (l.wrapper().isPresent()) {
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private void array(Node.ListOf l, String itemDef) throws IOException {
    g.writeStringField("type", "array");
    g.writeFieldName("items");
    if (itemDef != null) {
      ref(itemDef, "");
    } else {
      node(l.item(), Optional.empty());
    }
    range(l.shape().constraints(), "minItems", "maxItems");
  }

  void leaf(ScalarShape s, Optional<TimestampStyle> style) throws IOException {
    Constraints c = s.constraints();
    switch (s.kind()) {
      case BOOLEAN -> g.writeStringField("type", "boolean");
      case INTEGER, LONG, BIG_INTEGER -> {
        g.writeStringField("type", "integer");
        range(c, "minimum", "maximum");
      }
      case FLOAT, DOUBLE, BIG_DECIMAL -> {
        g.writeStringField("type", "number");
        range(c, "minimum", "maximum");
      }
      case TIMESTAMP -> timestamp(style.orElse(TimestampStyle.ISO_8601));
      case BLOB -> {
        g.writeStringField("type", "string");
        g.writeStringField("contentEncoding", "base64");
      }
      default -> string(s);
    }
  }

  private void string(ScalarShape s) throws IOException {
    g.writeStringField("type", "string");
    if (!s.enumValues().isEmpty()) {
      g.writeArrayFieldStart("enum");
      for (String v : s.enumValues()) {
        g.writeString(v);
      }
      g.writeEndArray();
      return;
    }
    range(s.constraints(), "minLength", "maxLength");
    Optional<String> pattern = s.constraints().pattern();
    if (pattern.isPresent()) {
      pattern(pattern.get());
    }
  }

  /**
   * The model's pattern in the form every JSON Schema engine reads alike, or, where there is none,
   * the model's own in a {@code $comment} with the reason (validators ignore it).
   */
  private void pattern(String model) throws IOException {
    PortablePattern.Translation t =
        ExampleValues.compile(model).isPresent()
            ? PortablePattern.translate(model)
            : new PortablePattern.Translation(Optional.empty(), "Java does not compile it");
    if (t.portable().isPresent()) {
      g.writeStringField("pattern", t.portable().get());
    } else {
      // In $comment, not a keyword of its own: AJV's default strict mode rejects unknown keywords.
      g.writeStringField(
          "$comment",
          "pattern left out: the model's Java pattern has no portable form ("
              + t.problem()
              + "); the model's pattern: "
              + model);
    }
  }

  private void timestamp(TimestampStyle style) throws IOException {
    switch (style) {
      case EPOCH_MILLIS -> {
        g.writeStringField("type", "integer");
        g.writeStringField("description", "epoch milliseconds");
      }
      case JAVA_DATE -> {
        g.writeStringField("type", "string");
        g.writeStringField("pattern", JAVA_DATE);
      }
      default -> {
        g.writeStringField("type", "string");
        g.writeStringField("format", "date-time");
      }
    }
  }

  private void range(Constraints c, String minKey, String maxKey) throws IOException {
    if (c.min().isPresent()) {
      number(minKey, c.min().getAsDouble());
    }
    if (c.max().isPresent()) {
      number(maxKey, c.max().getAsDouble());
    }
  }

  private void number(String key, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumberField(key, (long) v);
    } else {
      g.writeNumberField(key, v);
    }
  }

  private void ref(String def, String doc) throws IOException {
    g.writeStartObject();
    if (!doc.isEmpty()) {
      g.writeStringField("description", doc);
    }
    g.writeStringField("$ref", "#/$defs/" + def);
    g.writeEndObject();
  }

  private String register(ShapeId id, Node n) {
    String name = defName(id);
    if (defs.putIfAbsent(name, n) == null) {
      defOrder.add(name);
    }
    return name;
  }

  /**
   * The definition of a subtree the scope repeats ({@link RepeatedNodes}), registered on first use;
   * null when {@code n} is written inline. Equal subtrees share one definition, named after their
   * shape, and a second variant of a shape gets a numbered name.
   */
  private String repeatDef(Node n) {
    RepeatedNodes repeats = repeatsByScope.get(scope);
    if (repeats == null || !repeats.repeated(n)) {
      return null;
    }
    String key = scope + "#" + repeats.classOf(n);
    String known = repeatDefs.get(key);
    if (known != null) {
      return known;
    }
    String base = defName(ExampleWriter.id(n));
    String name = base;
    for (int i = 2; defs.containsKey(name) && !sameClass(repeats, defs.get(name), n); i++) {
      name = base + "-" + i;
    }
    repeatDefs.put(key, name);
    if (defs.putIfAbsent(name, n) == null) {
      defOrder.add(name);
    }
    return name;
  }

  private static boolean sameClass(RepeatedNodes repeats, Node a, Node b) {
    return repeats.repeated(a) && repeats.classOf(a) == repeats.classOf(b);
  }

  private String defName(ShapeId id) {
    return scope + "." + id.name();
  }

  /** Writes {@code $defs}: every registered shape, including those registered while writing. */
  void defs() throws IOException {
    if (defs.isEmpty() && referenced.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("$defs");
    Set<String> written = new HashSet<>();
    for (int i = 0; i < defOrder.size(); i++) {
      String name = defOrder.get(i);
      scope = name.substring(0, name.indexOf('.'));
      defining = name;
      g.writeFieldName(name);
      node(defs.get(name), Optional.empty());
      written.add(name);
    }
    defining = null;
    for (String name : new java.util.TreeSet<>(referenced)) {
      if (!written.contains(name)) {
        g.writeObjectFieldStart(name); // a cut whose shape the walk did not keep: any value
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }

  private static boolean sensitive(Node n) {
    if (n instanceof Node.Leaf leaf) {
      return leaf.shape().sensitive();
    }
    if (n instanceof Node.Struct s) {
      return s.shape().sensitive();
    }
    if (n instanceof Node.MapOf m) {
      return m.shape().sensitive();
    }
    return n instanceof Node.ListOf l && l.shape().sensitive();
  }

  private static String description(Node n, Optional<Field> field) {
    String html = field.map(f -> f.member().documentation()).orElse("");
    if (html.isBlank()) {
      html = n instanceof Node.Any any ? any.description() : "";
    }
    return HtmlText.toText(html);
  }
}
