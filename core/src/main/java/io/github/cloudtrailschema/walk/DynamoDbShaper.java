package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.ShapeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.github.cloudtrailschema.model.Protocol;

/**
 * DynamoDB's item-level (data) events, as the DynamoDB developer guide's "Understanding DynamoDB
 * log file entries" shows them
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/understanding-ddb-log-entries.html):
 * "non-key attribute values ... don't appear in logs of actions using the classic API".
 *
 * <ul>
 *   <li>A key ({@code Key}, {@code ExclusiveStartKey}, ...) is logged with plain values: {@code
 *       "key": {"Artist": "No One You Know"}}, not {@code {"S": ...}}.
 *   <li>An item is logged as the list of its attribute names: {@code "item": ["Artist",
 *       "SongTitle"]}.
 *   <li>Other attribute values ({@code expressionAttributeValues}, {@code expected.*.value}, ...)
 *       are not logged.
 *   <li>Writes log {@code "responseElements": null} (PutItem, UpdateItem, TransactWriteItems,
 *       ExecuteStatement, BatchExecuteStatement examples); reads are read-only and null anyway.
 * </ul>
 *
 * PartiQL statements are strings already; their non-key values are redacted inside the string.
 * Everything else is the default shaping.
 */
public final class DynamoDbShaper implements EventShaper {
  /** The model's attribute value union and the map shape of a key. */
  private static final String ATTRIBUTE_VALUE = "AttributeValue";

  private static final String KEY_MAP = "Key";

  /** Item-level writes, whose responses CloudTrail does not log. */
  private static final Set<String> DATA_WRITES =
      Set.of(
          "PutItem",
          "UpdateItem",
          "DeleteItem",
          "BatchWriteItem",
          "TransactWriteItems",
          "ExecuteStatement",
          "BatchExecuteStatement",
          "ExecuteTransaction");

  private final EventShaper inner;

  public DynamoDbShaper(EventShaper inner) {
    this.inner = inner;
  }

  /** Whether {@code service} is DynamoDB's control and data plane (not Streams, not DAX). */
  public static boolean appliesTo(ServiceModel service) {
    return service.metadata().endpointPrefix().equals("dynamodb")
        && service.metadata().protocol() == Protocol.JSON;
  }

  @Override
  public WalkRules rules(Operation op, RecordPart d) {
    return inner.rules(op, d);
  }

  @Override
  public EventStructure shape(Operation op, RecordPart d) {
    EventStructure s = inner.shape(op, d);
    if (d == RecordPart.OUTPUT && DATA_WRITES.contains(op.name())) {
      return new EventStructure(s.service(), op, d, Optional.empty());
    }
    if (s.root().isEmpty() || (d != RecordPart.INPUT && d != RecordPart.OUTPUT)) {
      return s;
    }
    Node.Struct root = struct(s.root().get());
    if (d == RecordPart.INPUT && op.name().equals("PutItem")) {
      root = withKey(s.service(), op, root);
    }
    return new EventStructure(s.service(), op, d, Optional.of(root));
  }

  /**
   * PutItem has no key member, yet its records log the item's key beside the attribute names
   * ({@code "key": {"Artist": .., "SongTitle": ..}, "item": ["Artist", "SongTitle",
   * "AlbumTitle"]}, the guide's PutItem example): it goes after {@code tableName}.
   */
  private static Node.Struct withKey(ServiceModel service, Operation op, Node.Struct root) {
    ShapeId keyId = new ShapeId(op.input().orElseThrow().service(), KEY_MAP);
    if (!(service.shape(keyId).orElse(null) instanceof MapShape key)
        || !(service.expectShape(key.key().target()) instanceof ScalarShape name)) {
      return root;
    }
    List<Field> fields = new ArrayList<>(root.fields());
    Node plain = new Node.MapOf(key, name, new Node.Any("the key attribute's value, plain"));
    fields.add(
        Math.min(1, fields.size()),
        Synthetic.field("key", plain, "The item's key attributes, with their values."));
    return new Node.Struct(root.shape(), fields);
  }

  private static Node.Struct struct(Node.Struct s) {
    List<Field> out = new ArrayList<>(s.fields().size());
    for (Field f : s.fields()) {
      Optional<Node> v = value(f, f.value());
      v.ifPresent(n -> out.add(new Field(f.name(), f.alternatives(), f.member(), n)));
    }
    return new Node.Struct(s.shape(), out);
  }

  /** The node as logged, or empty when CloudTrail leaves it out. */
  private static Optional<Node> value(Field f, Node n) {
    if (isAttributeValue(n)) {
      return Optional.empty();
    }
    if (n instanceof Node.MapOf m && isAttributeValue(m.value())) {
      if (m.shape().id().name().equals(KEY_MAP)) {
        return Optional.of(
            new Node.MapOf(m.shape(), m.key(), new Node.Any("the key attribute's value, plain")));
      }
      if (f.member().name().equals("Item")) {
        return Optional.of(
            new Node.ListOf(
                Synthetic.list("AttributeNames"),
                Optional.empty(),
                Node.Leaf.of(
                    Synthetic.scalar(
                        "AttributeName", ScalarKind.STRING, "The name of an attribute written.")),
                false));
      }
      return Optional.empty();
    }
    if (n instanceof Node.Struct s) {
      return Optional.of(struct(s));
    }
    if (n instanceof Node.ListOf l) {
      if (isAttributeValue(l.item())) {
        return Optional.empty();
      }
      return value(f, l.item())
          .map(item -> new Node.ListOf(l.shape(), l.wrapper(), item, l.singleAsObject()));
    }
    if (n instanceof Node.MapOf m) {
      return value(f, m.value()).map(v -> new Node.MapOf(m.shape(), m.key(), v));
    }
    return Optional.of(n);
  }

  private static boolean isAttributeValue(Node n) {
    return (n instanceof Node.Struct s && s.shape().id().name().equals(ATTRIBUTE_VALUE))
        || (n instanceof Node.Cut c && c.shape().name().equals(ATTRIBUTE_VALUE));
  }
}
