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
  private static final int VERSION = 3;

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
    // Shapes last, each a blob whose length the table gives, so a reader can decode one alone.
    List<byte[]> blobs = new ArrayList<>();
    for (Shape s : model.shapes()) {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(buf)) {
        writeShape(out, docs, pool, s);
      }
      blobs.add(buf.toByteArray());
    }
    varint(main, blobs.size());
    int i = 0;
    for (Shape s : model.shapes()) {
      varint(main, pool.get(s.id().name()));
      varint(main, blobs.get(i++).length);
    }
    for (byte[] b : blobs) {
      main.write(b);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param docs the documentation stream, or null to leave member and shape documentation empty;
   *     without it, shapes are decoded lazily, each on first use
   */
  public static ServiceModel read(DataInputStream main, DataInputStream docs) throws IOException {
    ByteCursor in = new ByteCursor(main.readAllBytes(), 0);
    if (in.int32() != MAGIC || in.int32() != VERSION) {
      throw new ModelLoadException("catalogue entry has an unknown format; rebuild the jar");
    }
    ServiceMetadata meta = readMetadata(in);
    String service = meta.name();
    String[] pool = new String[in.varint()];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = in.string();
    }
    Map<String, ShapeId> ids = new HashMap<>(pool.length * 2);
    String serviceDoc = docs == null ? "" : string(docs);
    int opCount = in.varint();
    Map<String, Operation> ops = new LinkedHashMap<>();
    for (int i = 0; i < opCount; i++) {
      String name = in.string();
      Optional<ShapeId> input = readRef(in, pool, service, ids);
      Optional<ShapeId> output = readRef(in, pool, service, ids);
      String doc = in.string();
      String method = in.string();
      String uri = in.string();
      boolean deprecated = in.bool();
      Optional<String> wrapper = in.optional();
      String eventType = in.string();
      Optional<ShapeId> additional = readRef(in, pool, service, ids);
      Optional<ShapeId> details = readRef(in, pool, service, ids);
      ops.put(
          name,
          new Operation(
              name,
              input,
              output,
              doc,
              method,
              uri,
              deprecated,
              wrapper,
              eventType,
              additional,
              details));
    }
    int shapeCount = in.varint();
    String[] names = new String[shapeCount];
    int[] offsets = new int[shapeCount];
    int[] lengths = new int[shapeCount];
    for (int i = 0; i < shapeCount; i++) {
      names[i] = pool[in.varint()];
      lengths[i] = in.varint();
    }
    int offset = in.position();
    for (int i = 0; i < shapeCount; i++) {
      offsets[i] = offset;
      offset += lengths[i];
    }
    LazyShapes shapes = new LazyShapes(in, names, offsets, pool, service, ids);
    if (docs != null) {
      for (int i = 0; i < shapeCount; i++) {
        shapes.decode(i, docs);
      }
    }
    return new ServiceModel(meta, serviceDoc, ops, shapes);
  }

  /** Shapes decoded from their blobs on first use, then kept. */
  private static final class LazyShapes implements ServiceModel.ShapeSource {
    private final byte[] bytes;
    private final String[] names;
    private final Map<String, Integer> index;
    private final List<String> sorted;
    private final int[] offsets;
    private final String[] pool;
    private final String service;
    private final Map<String, ShapeId> ids;
    private final Shape[] decoded;

    LazyShapes(
        ByteCursor in,
        String[] names,
        int[] offsets,
        String[] pool,
        String service,
        Map<String, ShapeId> ids) {
      this.bytes = in.bytes();
      this.names = names;
      this.offsets = offsets;
      this.pool = pool;
      this.service = service;
      this.ids = ids;
      this.decoded = new Shape[names.length];
      this.index = new HashMap<>(names.length * 2);
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
      List<String> list = new ArrayList<>(List.of(names));
      list.sort(null);
      this.sorted = List.copyOf(list);
    }

    @Override
    public synchronized Shape get(String name) {
      Integer i = index.get(name);
      if (i == null) {
        return null;
      }
      if (decoded[i] == null) {
        decode(i, null);
      }
      return decoded[i];
    }

    @Override
    public List<String> names() {
      return sorted;
    }

    /** Decodes shape {@code i}, reading its documentation from {@code docs} if given (in order). */
    synchronized void decode(int i, DataInputStream docs) {
      String name = names[i];
      try {
        decoded[i] =
            readShape(
                new ByteCursor(bytes, offsets[i]),
                docs,
                pool,
                service,
                id(service, name, ids),
                ids);
      } catch (IOException e) {
        throw new ModelLoadException("catalogue documentation is unreadable: " + e.getMessage(), e);
      }
    }
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

  static ServiceMetadata readMetadata(ByteCursor in) {
    return new ServiceMetadata(
        in.string(),
        in.string(),
        in.string(),
        in.string(),
        in.string(),
        in.string(),
        in.optional(),
        in.string(),
        in.optional(),
        in.optional(),
        in.optional(),
        ModelOrigin.values()[in.u8()]);
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
      out.writeByte((l.sensitive() ? 1 : 0) | (l.flattened() ? 2 : 0));
      writeConstraints(out, l.constraints());
      writeMember(out, docs, pool, l.member());
    } else if (s instanceof MapShape m) {
      out.writeByte(MAP);
      out.writeByte((m.sensitive() ? 1 : 0) | (m.flattened() ? 2 : 0));
      writeConstraints(out, m.constraints());
      writeMember(out, docs, pool, m.key());
      writeMember(out, docs, pool, m.value());
    } else if (s instanceof ScalarShape sc) {
      out.writeByte(SCALAR);
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
      ByteCursor in,
      DataInputStream docs,
      String[] pool,
      String service,
      ShapeId id,
      Map<String, ShapeId> ids)
      throws IOException {
    String doc = docs == null ? "" : string(docs);
    int kind = in.u8();
    switch (kind) {
      case STRUCTURE -> {
        int flags = in.u8();
        Optional<String> payload = in.optional();
        int n = in.varint();
        List<Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          members.add(readMember(in, docs, pool, service, ids));
        }
        return new StructureShape(
            id,
            members,
            doc,
            (flags & 1) != 0,
            (flags & 2) != 0,
            (flags & 4) != 0,
            (flags & 8) != 0,
            payload);
      }
      case LIST -> {
        int flags = in.u8();
        Constraints c = readConstraints(in);
        Member m = readMember(in, docs, pool, service, ids);
        return new ListShape(id, m, c, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      case MAP -> {
        int flags = in.u8();
        Constraints c = readConstraints(in);
        Member k = readMember(in, docs, pool, service, ids);
        Member v = readMember(in, docs, pool, service, ids);
        return new MapShape(id, k, v, c, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      case SCALAR -> {
        ScalarKind sk = ScalarKind.values()[in.u8()];
        int flags = in.u8();
        Constraints c = readConstraints(in);
        Optional<String> tsFormat = in.optional();
        int n = in.varint();
        List<String> enums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          enums.add(in.string());
        }
        return new ScalarShape(id, sk, enums, c, tsFormat, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      default ->
          throw new ModelLoadException("catalogue entry is corrupt (shape kind " + kind + ")");
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
      ByteCursor in, DataInputStream docs, String[] pool, String service, Map<String, ShapeId> ids)
      throws IOException {
    String doc = docs == null ? "" : string(docs);
    String name = pool[in.varint()];
    ShapeId target = id(service, pool[in.varint()], ids);
    Location location = Location.values()[in.u8()];
    Optional<String> locationName = in.optional();
    Optional<String> queryName = in.optional();
    int f = in.u8();
    return new Member(
        name,
        target,
        (f & 1) != 0,
        location,
        locationName,
        queryName,
        doc,
        (f & 2) != 0,
        (f & 4) != 0,
        (f & 8) != 0,
        (f & 16) != 0,
        (f & 32) != 0);
  }

  private static ShapeId id(String service, String name, Map<String, ShapeId> ids) {
    ShapeId id = ids.get(name);
    if (id == null) {
      id = new ShapeId(service, name);
      ids.put(name, id);
    }
    return id;
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

  private static Constraints readConstraints(ByteCursor in) {
    int flags = in.u8();
    OptionalDouble min = (flags & 1) != 0 ? OptionalDouble.of(in.f64()) : OptionalDouble.empty();
    OptionalDouble max = (flags & 2) != 0 ? OptionalDouble.of(in.f64()) : OptionalDouble.empty();
    Optional<String> pattern = in.optional();
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
      ByteCursor in, String[] pool, String service, Map<String, ShapeId> ids) {
    int i = in.varint();
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
