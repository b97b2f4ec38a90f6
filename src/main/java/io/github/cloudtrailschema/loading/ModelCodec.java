package io.github.cloudtrailschema.loading;

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
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The compact binary form of a {@link ServiceModel} that the build embeds in the jar.
 *
 * <p>Why not JSON: parsing the 3 MB EC2 model with Jackson costs about half a second at start-up,
 * most of it documentation nobody asked for. This form keeps structure in one stream (names
 * interned in a string table) and member/shape documentation in a second stream that is read only
 * when {@code --docs} asks for it. Operation documentation stays in the first stream because every
 * {@code show} prints it.
 */
public final class ModelCodec {
  private static final int MAGIC = 0x43545331; // "CTS1"
  private static final int VERSION = 2;

  private static final int STRUCTURE = 1;
  private static final int LIST = 2;
  private static final int MAP = 3;
  private static final int SCALAR = 4;

  private ModelCodec() {}

  /** Writes the structure to {@code main} and the documentation to {@code docs}. */
  public static void write(ServiceModel model, DataOutputStream main, DataOutputStream docs)
      throws IOException {
    Map<String, Integer> pool = new LinkedHashMap<>();
    for (Shape s : model.shapes()) {
      intern(pool, s.id().name());
      for (Member m : members(s)) {
        intern(pool, m.name());
        intern(pool, m.target().name());
      }
    }
    main.writeInt(MAGIC);
    main.writeInt(VERSION);
    writeMetadata(main, model.metadata());
    varint(main, pool.size());
    for (String s : pool.keySet()) {
      string(main, s);
    }
    string(docs, model.documentation());
    varint(main, countShapes(model));
    for (Shape s : model.shapes()) {
      writeShape(main, docs, pool, s);
    }
    varint(main, model.operations().size());
    for (Operation op : model.operations().values()) {
      string(main, op.name());
      ref(main, pool, op.input());
      ref(main, pool, op.output());
      string(main, op.documentation());
      string(main, op.httpMethod());
      string(main, op.requestUri());
      main.writeBoolean(op.deprecated());
      optional(main, op.resultWrapper());
      string(main, op.eventType());
      ref(main, pool, op.additionalEventData());
      ref(main, pool, op.serviceEventDetails());
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param docs the documentation stream, or null to leave member and shape documentation empty
   */
  public static ServiceModel read(DataInputStream main, DataInputStream docs) throws IOException {
    try {
      if (main.readInt() != MAGIC || main.readInt() != VERSION) {
        throw new ModelLoadException("catalogue entry has an unknown format; rebuild the jar");
      }
      ServiceMetadata meta = readMetadata(main);
      String service = meta.name();
      String[] pool = new String[varint(main)];
      for (int i = 0; i < pool.length; i++) {
        pool[i] = string(main);
      }
      String serviceDoc = docs == null ? "" : string(docs);
      int shapeCount = varint(main);
      Map<String, Shape> shapes = new HashMap<>(shapeCount * 2);
      Map<String, ShapeId> ids = new HashMap<>(shapeCount * 2);
      for (int i = 0; i < shapeCount; i++) {
        Shape s = readShape(main, docs, pool, service, ids);
        shapes.put(s.id().name(), s);
      }
      int opCount = varint(main);
      Map<String, Operation> ops = new LinkedHashMap<>();
      for (int i = 0; i < opCount; i++) {
        String name = string(main);
        Optional<ShapeId> in = readRef(main, pool, service, ids);
        Optional<ShapeId> out = readRef(main, pool, service, ids);
        String doc = string(main);
        String method = string(main);
        String uri = string(main);
        boolean deprecated = main.readBoolean();
        Optional<String> wrapper = optional(main);
        String eventType = string(main);
        Optional<ShapeId> additional = readRef(main, pool, service, ids);
        Optional<ShapeId> details = readRef(main, pool, service, ids);
        ops.put(
            name,
            new Operation(
                name, in, out, doc, method, uri, deprecated, wrapper, eventType, additional,
                details));
      }
      return new ServiceModel(meta, serviceDoc, ops, shapes);
    } catch (EOFException e) {
      throw new ModelLoadException("catalogue entry is truncated; rebuild the jar", e);
    }
  }

  private static int countShapes(ServiceModel model) {
    int n = 0;
    for (Shape ignored : model.shapes()) {
      n++;
    }
    return n;
  }

  private static List<Member> members(Shape s) {
    if (s instanceof StructureShape st) {
      return st.members();
    }
    if (s instanceof ListShape l) {
      return List.of(l.member());
    }
    if (s instanceof MapShape m) {
      return List.of(m.key(), m.value());
    }
    return List.of();
  }

  private static void writeMetadata(DataOutputStream out, ServiceMetadata m) throws IOException {
    string(out, m.name());
    string(out, m.apiVersion());
    string(out, m.endpointPrefix());
    string(out, m.signingName());
    string(out, m.serviceId());
    string(out, m.fullName());
    optional(out, m.abbreviation());
    string(out, m.protocol());
    optional(out, m.targetPrefix());
    optional(out, m.globalEndpoint());
    optional(out, m.cloudTrailEventSource());
    out.writeByte(m.origin().ordinal());
  }

  static ServiceMetadata readMetadata(DataInputStream in) throws IOException {
    return new ServiceMetadata(
        string(in), string(in), string(in), string(in), string(in), string(in), optional(in),
        string(in), optional(in), optional(in), optional(in),
        ModelOrigin.values()[in.readUnsignedByte()]);
  }

  static void writeMetadataEntry(DataOutputStream out, ServiceMetadata m) throws IOException {
    writeMetadata(out, m);
  }

  private static void writeShape(
      DataOutputStream out, DataOutputStream docs, Map<String, Integer> pool, Shape s)
      throws IOException {
    string(docs, s.documentation());
    if (s instanceof StructureShape st) {
        out.writeByte(STRUCTURE);
        varint(out, pool.get(st.id().name()));
        out.writeByte(
            (st.sensitive() ? 1 : 0)
                | (st.union() ? 2 : 0)
                | (st.document() ? 4 : 0)
                | (st.exception() ? 8 : 0));
        optional(out, st.payload());
        varint(out, st.members().size());
        for (Member m : st.members()) {
          writeMember(out, docs, pool, m);
        }
    } else if (s instanceof ListShape l) {
        out.writeByte(LIST);
        varint(out, pool.get(l.id().name()));
        out.writeByte((l.sensitive() ? 1 : 0) | (l.flattened() ? 2 : 0));
        writeConstraints(out, l.constraints());
        writeMember(out, docs, pool, l.member());
    } else if (s instanceof MapShape m) {
        out.writeByte(MAP);
        varint(out, pool.get(m.id().name()));
        out.writeByte((m.sensitive() ? 1 : 0) | (m.flattened() ? 2 : 0));
        writeConstraints(out, m.constraints());
        writeMember(out, docs, pool, m.key());
        writeMember(out, docs, pool, m.value());
    } else if (s instanceof ScalarShape sc) {
        out.writeByte(SCALAR);
        varint(out, pool.get(sc.id().name()));
        out.writeByte(sc.kind().ordinal());
        out.writeByte((sc.sensitive() ? 1 : 0) | (sc.streaming() ? 2 : 0));
        writeConstraints(out, sc.constraints());
        optional(out, sc.timestampFormat());
        varint(out, sc.enumValues().size());
        for (String v : sc.enumValues()) {
          string(out, v);
        }
    }
  }

  private static Shape readShape(
      DataInputStream in, DataInputStream docs, String[] pool, String service,
      Map<String, ShapeId> ids)
      throws IOException {
    String doc = docs == null ? "" : string(docs);
    int kind = in.readUnsignedByte();
    ShapeId id = id(service, pool[varint(in)], ids);
    switch (kind) {
      case STRUCTURE -> {
        int flags = in.readUnsignedByte();
        Optional<String> payload = optional(in);
        int n = varint(in);
        List<Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          members.add(readMember(in, docs, pool, service, ids));
        }
        return new StructureShape(
            id, members, doc, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
            (flags & 8) != 0, payload);
      }
      case LIST -> {
        int flags = in.readUnsignedByte();
        Constraints c = readConstraints(in);
        Member m = readMember(in, docs, pool, service, ids);
        return new ListShape(id, m, c, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      case MAP -> {
        int flags = in.readUnsignedByte();
        Constraints c = readConstraints(in);
        Member k = readMember(in, docs, pool, service, ids);
        Member v = readMember(in, docs, pool, service, ids);
        return new MapShape(id, k, v, c, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      case SCALAR -> {
        ScalarKind sk = ScalarKind.values()[in.readUnsignedByte()];
        int flags = in.readUnsignedByte();
        Constraints c = readConstraints(in);
        Optional<String> tsFormat = optional(in);
        int n = varint(in);
        List<String> enums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          enums.add(string(in));
        }
        return new ScalarShape(
            id, sk, enums, c, tsFormat, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      default -> throw new ModelLoadException("catalogue entry is corrupt (shape kind " + kind + ")");
    }
  }

  private static void writeMember(
      DataOutputStream out, DataOutputStream docs, Map<String, Integer> pool, Member m)
      throws IOException {
    string(docs, m.documentation());
    varint(out, pool.get(m.name()));
    varint(out, pool.get(m.target().name()));
    out.writeByte(m.location().ordinal());
    optional(out, m.locationName());
    optional(out, m.queryName());
    out.writeByte(
        (m.required() ? 1 : 0)
            | (m.deprecated() ? 2 : 0)
            | (m.idempotencyToken() ? 4 : 0)
            | (m.jsonValue() ? 8 : 0)
            | (m.xmlAttribute() ? 16 : 0)
            | (m.hostLabel() ? 32 : 0));
  }

  private static Member readMember(
      DataInputStream in, DataInputStream docs, String[] pool, String service,
      Map<String, ShapeId> ids)
      throws IOException {
    String doc = docs == null ? "" : string(docs);
    String name = pool[varint(in)];
    ShapeId target = id(service, pool[varint(in)], ids);
    Location location = Location.values()[in.readUnsignedByte()];
    Optional<String> locationName = optional(in);
    Optional<String> queryName = optional(in);
    int f = in.readUnsignedByte();
    return new Member(
        name, target, (f & 1) != 0, location, locationName, queryName, doc, (f & 2) != 0,
        (f & 4) != 0, (f & 8) != 0, (f & 16) != 0, (f & 32) != 0);
  }

  private static ShapeId id(String service, String name, Map<String, ShapeId> ids) {
    return ids.computeIfAbsent(name, n -> new ShapeId(service, n));
  }

  private static void writeConstraints(DataOutputStream out, Constraints c) throws IOException {
    int flags = (c.min().isPresent() ? 1 : 0) | (c.max().isPresent() ? 2 : 0);
    out.writeByte(flags);
    if (c.min().isPresent()) {
      out.writeDouble(c.min().getAsDouble());
    }
    if (c.max().isPresent()) {
      out.writeDouble(c.max().getAsDouble());
    }
    optional(out, c.pattern());
  }

  private static Constraints readConstraints(DataInputStream in) throws IOException {
    int flags = in.readUnsignedByte();
    OptionalDouble min = (flags & 1) != 0 ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
    OptionalDouble max = (flags & 2) != 0 ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
    Optional<String> pattern = optional(in);
    if (flags == 0 && pattern.isEmpty()) {
      return Constraints.NONE;
    }
    return new Constraints(min, max, pattern);
  }

  private static void ref(DataOutputStream out, Map<String, Integer> pool, Optional<ShapeId> ref)
      throws IOException {
    varint(out, ref.map(r -> pool.get(r.name()) + 1).orElse(0));
  }

  private static Optional<ShapeId> readRef(
      DataInputStream in, String[] pool, String service, Map<String, ShapeId> ids)
      throws IOException {
    int i = varint(in);
    return i == 0 ? Optional.empty() : Optional.of(id(service, pool[i - 1], ids));
  }

  private static void intern(Map<String, Integer> pool, String s) {
    pool.putIfAbsent(s, pool.size());
  }

  static void optional(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      string(out, s.get());
    }
  }

  static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
  }

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(out, b.length);
    out.write(b);
  }

  static String string(DataInputStream in) throws IOException {
    int n = varint(in);
    if (n == 0) {
      return "";
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  static void varint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int varint(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new ModelLoadException("catalogue entry is corrupt (varint)");
  }
}
