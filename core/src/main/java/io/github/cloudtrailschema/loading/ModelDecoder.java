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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import io.github.cloudtrailschema.model.EventType;
import io.github.cloudtrailschema.model.Protocol;

/**
 * Reads the catalogue form {@link ModelCodec} writes. Without the documentation stream, shapes are
 * decoded lazily, each on first use: a command that shows one EC2 operation needs a few hundred of
 * EC2's four thousand shapes.
 */
final class ModelDecoder {
  private ModelDecoder() {}

  /**
   * Reads a model written by {@link #write}.
   *
   * @param docs the documentation stream, or null to leave member and shape documentation empty;
   *     without it, shapes are decoded lazily, each on first use
   */
  public static ServiceModel read(DataInputStream main, DataInputStream docs) throws IOException {
    ByteCursor in = new ByteCursor(main.readAllBytes(), 0);
    if (in.int32() != ModelCodec.MAGIC || in.int32() != ModelCodec.VERSION) {
      throw new ModelLoadException("catalogue entry has an unknown format; rebuild the jar");
    }
    ServiceMetadata meta = readMetadata(in);
    String service = meta.name();
    String[] pool = new String[in.count()];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = in.string();
    }
    Map<String, ShapeId> ids = new HashMap<>(pool.length * 2);
    String serviceDoc = docs == null ? "" : ModelCodec.string(docs);
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
      String typeName = in.string();
      EventType eventType =
          EventType.of(typeName)
              .orElseThrow(
                  () -> new ModelLoadException("catalogue entry is corrupt (eventType " + typeName + ")"));
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
    int shapeCount = in.count();
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
                ModelCodec.id(service, name, ids),
                ids);
      } catch (IOException e) {
        throw new ModelLoadException("catalogue documentation is unreadable: " + e.getMessage(), e);
      }
    }
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
        Protocol.of(in.string()),
        in.optional(),
        in.optional(),
        in.optional(),
        ModelOrigin.values()[in.u8()]);
  }

  private static Shape readShape(
      ByteCursor in,
      DataInputStream docs,
      String[] pool,
      String service,
      ShapeId id,
      Map<String, ShapeId> ids)
      throws IOException {
    String doc = docs == null ? "" : ModelCodec.string(docs);
    int kind = in.u8();
    switch (kind) {
      case ModelCodec.STRUCTURE -> {
        int flags = in.u8();
        Optional<String> payload = in.optional();
        int n = in.count();
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
      case ModelCodec.LIST -> {
        int flags = in.u8();
        Constraints c = readConstraints(in);
        Member m = readMember(in, docs, pool, service, ids);
        return new ListShape(id, m, c, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      case ModelCodec.MAP -> {
        int flags = in.u8();
        Constraints c = readConstraints(in);
        Member k = readMember(in, docs, pool, service, ids);
        Member v = readMember(in, docs, pool, service, ids);
        return new MapShape(id, k, v, c, doc, (flags & 1) != 0, (flags & 2) != 0);
      }
      case ModelCodec.SCALAR -> {
        ScalarKind sk = ScalarKind.values()[in.u8()];
        int flags = in.u8();
        Constraints c = readConstraints(in);
        Optional<String> tsFormat = in.optional();
        int n = in.count();
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

  private static Member readMember(
      ByteCursor in, DataInputStream docs, String[] pool, String service, Map<String, ShapeId> ids)
      throws IOException {
    String doc = docs == null ? "" : ModelCodec.string(docs);
    String name = pool[in.varint()];
    ShapeId target = ModelCodec.id(service, pool[in.varint()], ids);
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

  private static Optional<ShapeId> readRef(
      ByteCursor in, String[] pool, String service, Map<String, ShapeId> ids) {
    int i = in.varint();
    return i == 0 ? Optional.empty() : Optional.of(ModelCodec.id(service, pool[i - 1], ids));
  }
}
