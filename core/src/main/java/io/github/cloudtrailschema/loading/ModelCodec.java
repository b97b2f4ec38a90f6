package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.Operation;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the compact binary form of a {@link ServiceModel} that the build embeds in the jar; {@link
 * ModelDecoder} reads it.
 *
 * <p>Why not JSON: parsing the 3 MB EC2 model with Jackson costs about half a second at start-up,
 * most of it documentation nobody asked for. This form keeps structure in one stream (names
 * interned in a string table) and member/shape documentation in a second stream that is read only
 * when {@code --docs} asks for it. Operation documentation stays in the first stream because every
 * {@code show} prints it.
 */
public final class ModelCodec {
  static final int MAGIC = 0x43545331; // "CTS1"
  static final int VERSION = 3;

  static final int STRUCTURE = 1;
  static final int LIST = 2;
  static final int MAP = 3;
  static final int SCALAR = 4;

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
      string(main, op.eventType().toString());
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

  static void writeMetadata(DataOutputStream out, ServiceMetadata m) throws IOException {
    string(out, m.name());
    string(out, m.apiVersion());
    string(out, m.endpointPrefix());
    string(out, m.signingName());
    string(out, m.serviceId());
    string(out, m.fullName());
    optional(out, m.abbreviation());
    string(out, m.protocol().toString());
    optional(out, m.targetPrefix());
    optional(out, m.globalEndpoint());
    optional(out, m.cloudTrailEventSource());
    out.writeByte(m.origin().ordinal());
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

  static ShapeId id(String service, String name, Map<String, ShapeId> ids) {
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

  private static void ref(DataOutputStream out, Map<String, Integer> pool, Optional<ShapeId> ref)
      throws IOException {
    varint(out, ref.map(r -> pool.get(r.name()) + 1).orElse(0));
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
    if (n < 0 || n > BoundedRead.MAX_MODEL) {
      // no string is longer than a model file: a damaged cache entry, not an allocation to try
      throw new ModelLoadException("catalogue entry is corrupt (string length " + n + ")");
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
