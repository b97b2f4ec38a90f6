package io.github.cloudtrailschema.search;

import io.github.cloudtrailschema.loading.ByteCursor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code search-fields.bin}: for each key CloudTrail writes (any depth, any record part), the
 * events whose record carries it and the shallowest path. Read only by {@code --field}.
 */
final class FieldIndex {
  /** One event that carries the field. */
  record Occurrence(int event, int depth, int parts, int pathId) {}

  /** The field as CloudTrail spells it most often, and where it occurs. */
  record Result(String name, List<Occurrence> occurrences, BitSet events) {}

  private final IndexBytes.Table paths;
  private final IndexBytes.Table fields;

  FieldIndex(byte[] bytes) {
    ByteCursor in = IndexBytes.cursor(bytes, 0);
    if (bytes.length < 8 || in.int32() != IndexFormat.FIELDS_MAGIC) {
      throw new IndexCorruptException("the field index has an unknown format; rebuild the jar");
    }
    if (in.varint() != IndexFormat.VERSION) {
      throw new IndexCorruptException("the field index is of another version; rebuild the jar");
    }
    paths = new IndexBytes.Table(in);
    fields = new IndexBytes.Table(in);
  }

  /** The field's occurrences, or null when no event has it. */
  Result find(String name) {
    int i = fields.find(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    if (i < 0) {
      return null;
    }
    ByteCursor in = fields.at(i);
    in.skipString();
    String display = in.string();
    int n = in.varint();
    List<Occurrence> out = new ArrayList<>(n);
    BitSet events = new BitSet();
    int event = 0;
    for (int k = 0; k < n; k++) {
      event += in.varint();
      int depth = in.u8();
      int parts = in.u8();
      out.add(new Occurrence(event, depth, parts, in.varint()));
      events.set(event);
    }
    return new Result(display, out, events);
  }

  /** The path of an occurrence ({@code requestParameters.ipPermissions.items[].cidrIp}). */
  String path(int id) {
    ByteCursor in = paths.at(id);
    int parent = in.varint() - 1;
    String segment = in.string();
    return parent < 0 ? segment : path(parent) + "." + segment;
  }

  /** Every field name as most often spelled, for suggestions. */
  List<String> names() {
    List<String> out = new ArrayList<>(fields.count);
    for (int i = 0; i < fields.count; i++) {
      ByteCursor in = fields.at(i);
      in.skipString();
      out.add(in.string());
    }
    return out;
  }
}
