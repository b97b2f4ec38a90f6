package io.github.cloudtrailschema.loading.build;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Location;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ModelOrigin;
import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.core.traits.XmlAttributeTrait;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Request;
import software.amazon.awssdk.services.s3.model.S3Response;

/**
 * Derives S3's operations and shapes from the AWS SDK for Java v2 classes.
 *
 * <p>Why: the v1 models jar has no S3 model (the v1 S3 client was hand-written), and S3 matters
 * more than any other service for CloudTrail security. Every generated request/response class
 * exposes its members through {@code sdkFields()}: member name, wire location and name, marshalling
 * type, and traits for list elements, map values, required-ness and timestamp formats. Enum values
 * come from the enum type of the matching getter. The SDK ships no documentation at run time, so S3
 * shapes carry none.
 */
public final class S3SdkImporter {
  private static final String SERVICE = "s3";

  private final Map<String, Shape> shapes = new TreeMap<>();

  private S3SdkImporter() {}

  /** Builds the S3 model from the classes on the classpath. */
  public static ServiceModel importModel() {
    return new S3SdkImporter().build();
  }

  private ServiceModel build() {
    Map<String, Operation> ops = new TreeMap<>();
    List<Method> methods = new ArrayList<>(Arrays.asList(S3Client.class.getMethods()));
    methods.sort(Comparator.comparing(Method::getName));
    for (Method m : methods) {
      // Streaming operations (GetObject, PutObject) take a second argument and return a stream
      // wrapper, so the response class is found by name rather than from the return type.
      if (m.getParameterCount() < 1
          || !S3Request.class.isAssignableFrom(m.getParameterTypes()[0])
          || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Class<?> request = m.getParameterTypes()[0];
      String name = request.getSimpleName().replaceFirst("Request$", "");
      Class<?> response = responseClass(request);
      if (ops.containsKey(name) || response == null) {
        continue;
      }
      ShapeId in = structure(request);
      ShapeId out = structure(response);
      String[] binding = binding(request);
      ops.put(
          name,
          Operation.apiCall(
              name,
              Optional.of(in),
              Optional.of(out),
              "",
              binding[0],
              binding[1],
              false,
              Optional.empty()));
    }
    ServiceMetadata meta =
        new ServiceMetadata(
            SERVICE,
            "2006-03-01",
            "s3",
            "s3",
            "S3",
            "Amazon Simple Storage Service",
            Optional.of("Amazon S3"),
            io.github.cloudtrailschema.model.Protocol.REST_XML,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ModelOrigin.SDK_V2_CLASSES);
    return new ServiceModel(meta, "", ops, shapes);
  }

  /**
   * The HTTP method and request URI ({@code /{Bucket}?acl}) of an operation, from the static {@code
   * SDK_OPERATION_BINDING} of its generated marshaller: CloudTrail logs the URI's sub-resource
   * ({@code "acl": ""}) in requestParameters.
   */
  private static String[] binding(Class<?> request) {
    String marshaller =
        "software.amazon.awssdk.services.s3.transform." + request.getSimpleName() + "Marshaller";
    try {
      java.lang.reflect.Field f =
          Class.forName(marshaller).getDeclaredField("SDK_OPERATION_BINDING");
      f.setAccessible(true);
      software.amazon.awssdk.protocols.core.OperationInfo info =
          (software.amazon.awssdk.protocols.core.OperationInfo) f.get(null);
      return new String[] {info.httpMethod().name(), info.requestUri()};
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read the HTTP binding of " + marshaller + ": " + e, e);
    }
  }

  private static Class<?> responseClass(Class<?> request) {
    String name = request.getName().replaceFirst("Request$", "Response");
    try {
      Class<?> c = Class.forName(name);
      return S3Response.class.isAssignableFrom(c) ? c : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private ShapeId structure(Class<?> type) {
    String name = type.getSimpleName();
    ShapeId id = new ShapeId(SERVICE, name);
    if (shapes.containsKey(name)) {
      return id;
    }
    // Reserve the name first: the members of a recursive structure refer back to it.
    shapes.put(name, placeholder(id));
    SdkPojo pojo = pojo(type);
    List<Member> members = new ArrayList<>();
    Optional<String> payload = Optional.empty();
    for (SdkField<?> f : pojo.sdkFields()) {
      members.add(member(f, type));
      if (f.containsTrait(PayloadTrait.class)) {
        payload = Optional.of(f.memberName());
      }
    }
    shapes.put(name, new StructureShape(id, members, "", false, false, false, false, payload));
    return id;
  }

  private Member member(SdkField<?> f, Class<?> owner) {
    ShapeId target = target(f, owner, f.memberName());
    String wire = f.locationName();
    return new Member(
        f.memberName(),
        target,
        f.containsTrait(RequiredTrait.class),
        location(f.location()),
        wire == null || wire.equals(f.memberName()) ? Optional.empty() : Optional.of(wire),
        Optional.empty(),
        "",
        false,
        false,
        false,
        f.containsTrait(XmlAttributeTrait.class),
        false);
  }

  private ShapeId target(SdkField<?> f, Class<?> owner, String memberName) {
    MarshallingType<?> t = f.marshallingType();
    if (t == MarshallingType.SDK_POJO) {
      return structure(f.constructor().get().getClass().getEnclosingClass());
    }
    if (t == MarshallingType.LIST) {
      ListTrait lt = f.getTrait(ListTrait.class);
      String name = owner.getSimpleName() + "." + memberName;
      ShapeId id = new ShapeId(SERVICE, name);
      ShapeId element = target(lt.memberFieldInfo(), owner, memberName + ".member");
      String elementName = lt.memberLocationName() == null ? "member" : lt.memberLocationName();
      Member m =
          new Member(
              elementName,
              element,
              false,
              Location.BODY,
              Optional.empty(),
              Optional.empty(),
              "",
              false,
              false,
              false,
              false,
              false);
      shapes.put(name, new ListShape(id, m, Constraints.NONE, "", false, lt.isFlattened()));
      return id;
    }
    if (t == MarshallingType.MAP) {
      MapTrait mt = f.getTrait(MapTrait.class);
      String name = owner.getSimpleName() + "." + memberName;
      ShapeId id = new ShapeId(SERVICE, name);
      ShapeId value = target(mt.valueFieldInfo(), owner, memberName + ".value");
      shapes.put(
          name,
          new MapShape(
              id,
              Member.of("key", scalar(ScalarKind.STRING, Optional.empty(), List.of(), "String")),
              Member.of("value", value),
              Constraints.NONE,
              "",
              false,
              mt.isFlattened()));
      return id;
    }
    return scalar(owner, f, memberName);
  }

  private ShapeId scalar(Class<?> owner, SdkField<?> f, String memberName) {
    MarshallingType<?> t = f.marshallingType();
    ScalarKind kind;
    if (t == MarshallingType.STRING) {
      kind = ScalarKind.STRING;
    } else if (t == MarshallingType.INTEGER
        || t == MarshallingType.SHORT
        || t == MarshallingType.BYTE) {
      kind = ScalarKind.INTEGER;
    } else if (t == MarshallingType.LONG) {
      kind = ScalarKind.LONG;
    } else if (t == MarshallingType.FLOAT) {
      kind = ScalarKind.FLOAT;
    } else if (t == MarshallingType.DOUBLE) {
      kind = ScalarKind.DOUBLE;
    } else if (t == MarshallingType.BIG_DECIMAL) {
      kind = ScalarKind.BIG_DECIMAL;
    } else if (t == MarshallingType.BOOLEAN) {
      kind = ScalarKind.BOOLEAN;
    } else if (t == MarshallingType.INSTANT) {
      kind = ScalarKind.TIMESTAMP;
    } else if (t == MarshallingType.SDK_BYTES) {
      kind = ScalarKind.BLOB;
    } else {
      kind = ScalarKind.STRING;
    }
    Optional<String> tsFormat =
        f.getOptionalTrait(TimestampFormatTrait.class).map(tf -> timestampFormat(tf.format()));
    if (kind == ScalarKind.STRING && !memberName.contains(".")) {
      Optional<Class<?>> enumType = SdkEnums.enumType(owner, f.memberName());
      if (enumType.isPresent()) {
        return scalar(
            kind, tsFormat, SdkEnums.enumValues(enumType.get()), enumType.get().getSimpleName());
      }
    }
    if (kind == ScalarKind.STRING && memberName.endsWith(".member")) {
      Optional<Class<?>> enumType =
          SdkEnums.listEnumType(owner, memberName.substring(0, memberName.indexOf('.')));
      if (enumType.isPresent()) {
        return scalar(
            kind, tsFormat, SdkEnums.enumValues(enumType.get()), enumType.get().getSimpleName());
      }
    }
    String name =
        kind == ScalarKind.TIMESTAMP && tsFormat.isPresent()
            ? "Timestamp." + tsFormat.get()
            : kind.c2jName().substring(0, 1).toUpperCase(Locale.ROOT) + kind.c2jName().substring(1);
    return scalar(kind, tsFormat, List.of(), name);
  }

  private ShapeId scalar(
      ScalarKind kind, Optional<String> tsFormat, List<String> enums, String name) {
    ShapeId id = new ShapeId(SERVICE, name);
    shapes.putIfAbsent(
        name, new ScalarShape(id, kind, enums, Constraints.NONE, tsFormat, "", false, false));
    return id;
  }

  private static String timestampFormat(TimestampFormatTrait.Format f) {
    return switch (f) {
      case ISO_8601 -> "iso8601";
      case RFC_822 -> "rfc822";
      case UNIX_TIMESTAMP, UNIX_TIMESTAMP_MILLIS -> "unixTimestamp";
    };
  }

  private static Location location(MarshallLocation l) {
    return switch (l) {
      case PATH, GREEDY_PATH -> Location.URI;
      case QUERY_PARAM -> Location.QUERY;
      case HEADER -> Location.HEADER;
      case STATUS_CODE -> Location.STATUS_CODE;
      default -> Location.BODY;
    };
  }

  private static SdkPojo pojo(Class<?> type) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      return (SdkPojo) builder;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName() + ": " + e, e);
    }
  }

  private static StructureShape placeholder(ShapeId id) {
    return new StructureShape(id, List.of(), "", false, false, false, false, Optional.empty());
  }
}
