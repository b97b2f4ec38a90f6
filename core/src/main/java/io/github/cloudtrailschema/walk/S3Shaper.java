package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.trail.NamingStrategy;
import io.github.cloudtrailschema.trail.TimestampStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * S3 (REST-XML) writes the HTTP request, not the API structure: {@code bucketName} and {@code key}
 * from the path, {@code Host}, the URI's sub-resource as a marker ({@code "acl": ""}), headers and
 * query parameters under their wire names ({@code x-amz-acl}), and the XML body under its element
 * name with XML names inside and an {@code xmlns} on each element. A policy document body is logged
 * parsed, as {@code bucketPolicy}. The response carries only the response headers, if any.
 */
public final class S3Shaper implements EventShaper {
  private static final String XML_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  private final ServiceModel model;

  public S3Shaper(ServiceModel model) {
    this.model = model;
  }

  @Override
  public WalkRules rules(Operation op, RecordPart d) {
    return d == RecordPart.INPUT ? new XmlBody() : new Headers();
  }

  @Override
  public EventStructure shape(Operation op, RecordPart d) {
    return switch (d) {
      case INPUT -> new EventStructure(model, op, d, Optional.of(request(op)));
      case OUTPUT -> response(op);
      // additionalEventData: the keys S3 documents (curated/additional-event-data.tsv).
      case ADDITIONAL, SERVICE_DETAILS -> new EventStructure(model, op, d, Optional.empty());
    };
  }

  private Node.Struct request(Operation op) {
    List<Field> fields = new ArrayList<>();
    ShapeWalker body = new ShapeWalker(model, new XmlBody());
    StructureShape in =
        op.input()
            .map(model::expectShape)
            .filter(StructureShape.class::isInstance)
            .map(StructureShape.class::cast)
            .orElse(null);
    if (in != null) {
      for (Member m : in.members()) {
        Shape target = model.expectShape(m.target());
        if (target instanceof ScalarShape s && s.streaming()) {
          continue; // object bodies are never logged
        }
        if (in.payload().filter(m.name()::equals).isPresent()) {
          fields.add(payload(m, target, body));
        } else if (m.location() == Location.URI) {
          fields.add(Field.of(uriKey(m), m, body.node(m.target())));
        } else if (m.location() == Location.QUERY || m.location() == Location.HEADER) {
          fields.add(Field.of(m.locationName().orElse(m.name()), m, body.node(m.target())));
        }
      }
    }
    fields.add(
        new Field(
            "Host",
            List.of("host"),
            Synthetic.member("Host", Synthetic.id("Host"), "The request's Host header."),
            Node.Leaf.of(
                Synthetic.scalar("Host", ScalarKind.STRING, "The request's Host header."))));
    for (String marker : subresources(op.requestUri())) {
      fields.add(marker(marker));
    }
    return Synthetic.struct(op.name() + "Request", fields);
  }

  /** {@code "acl": ""}: the marker's only value is the empty string. */
  private static Field marker(String name) {
    String doc =
        "Sub-resource marker from the request URI; logged as \"\" (older records: [\"\"]).";
    io.github.cloudtrailschema.model.ScalarShape empty =
        new io.github.cloudtrailschema.model.ScalarShape(
            Synthetic.id(name),
            ScalarKind.STRING,
            List.of(""),
            io.github.cloudtrailschema.model.Constraints.NONE,
            Optional.empty(),
            doc,
            false,
            false);
    return Field.of(name, Synthetic.member(name, empty.id(), doc), Node.Leaf.of(empty));
  }

  private Field payload(Member m, Shape target, ShapeWalker body) {
    if (target instanceof StructureShape) {
      return Field.of(m.locationName().orElse(m.name()), m, body.node(m.target()));
    }
    // A document body (PutBucketPolicy's Policy) is logged parsed, named after the bucket; a
    // policy expands to the IAM policy grammar.
    Node parsed =
        m.name().equals("Policy")
            ? PolicyDocument.node()
            : new Node.Any("the JSON document, parsed");
    return Field.of("bucket" + m.name(), m, parsed);
  }

  /** {@code Bucket} logs as {@code bucketName}; other path members by their wire name. */
  private static String uriKey(Member m) {
    String wire = m.locationName().orElse(m.name());
    return switch (wire) {
      case "Bucket" -> "bucketName";
      case "Key" -> "key";
      default -> NamingStrategy.lowerFirst(wire);
    };
  }

  /** {@code /{Bucket}?acl} → {@code acl}; {@code ?list-type=2} is a parameter, not a marker. */
  static List<String> subresources(String requestUri) {
    int q = requestUri.indexOf('?');
    if (q < 0) {
      return List.of();
    }
    List<String> markers = new ArrayList<>();
    for (String part : requestUri.substring(q + 1).split("&")) {
      if (!part.isEmpty() && !part.contains("=")) {
        markers.add(part);
      }
    }
    return markers;
  }

  private EventStructure response(Operation op) {
    if (op.output().isEmpty()
        || !(model.expectShape(op.output().get()) instanceof StructureShape out)) {
      return new EventStructure(model, op, RecordPart.OUTPUT, Optional.empty());
    }
    ShapeWalker walker = new ShapeWalker(model, new Headers());
    List<Field> fields = walker.fields(out);
    return new EventStructure(
        model,
        op,
        RecordPart.OUTPUT,
        fields.isEmpty() ? Optional.empty() : Optional.of(new Node.Struct(out, fields)));
  }

  /** The XML body: element names, {@code xmlns}, lists under their element names. */
  private static final class XmlBody implements WalkRules {
    @Override
    public List<String> keys(StructureShape owner, Member m) {
      return List.of(m.locationName().orElse(m.name()));
    }

    @Override
    public Node list(ListShape shape, Member via, Node item) {
      Node.ListOf items = new Node.ListOf(shape, Optional.empty(), item, true);
      if (shape.flattened()) {
        return items;
      }
      // <Grants><Grant>..</Grant></Grants> logs as {"Grant": [..]} under the list's own name. The
      // element's name is the member's locationName (botocore and C2J name the member "member" and
      // give the wire name there; the SDK v2 classes name the member by it).
      Member element = shape.member();
      return Synthetic.struct(
          shape.id().name() + ".element",
          List.of(Field.of(element.locationName().orElse(element.name()), element, items)));
    }

    @Override
    public List<Field> extraFields(StructureShape shape) {
      return List.of(
          Synthetic.field("xmlns", ScalarKind.STRING, "The XML namespace, " + XML_NAMESPACE));
    }

    @Override
    public Optional<TimestampStyle> timestamps() {
      return Optional.of(TimestampStyle.ISO_8601);
    }
  }

  /** Responses: header members under their header names. */
  private static final class Headers implements WalkRules {
    @Override
    public List<String> keys(StructureShape owner, Member m) {
      return m.location() == Location.HEADER
          ? List.of(m.locationName().orElse(m.name()))
          : List.of();
    }

    @Override
    public Optional<TimestampStyle> timestamps() {
      return Optional.of(TimestampStyle.ISO_8601);
    }
  }
}
