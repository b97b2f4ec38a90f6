package io.github.cloudtrailschema.search.build;

import io.github.cloudtrailschema.search.IndexFormat;
import io.github.cloudtrailschema.search.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Serialises {@link EventDocs} in the layout {@link IndexFormat} describes. */
final class IndexWriter {
  private IndexWriter() {}

  /** {@code search.bin}. */
  static byte[] terms(
      EventDocs docs, List<CuratedTables.Synonym> synonyms, Map<String, Float> priors) {
    Out out = new Out();
    out.int32(IndexFormat.MAGIC);
    out.varint(IndexFormat.VERSION);
    writeSynonyms(out, synonyms);
    out.varint(docs.services.size());
    for (int i = 0; i < docs.services.size(); i++) {
      out.string(docs.services.get(i).name());
      out.string(docs.eventSources.get(i));
      out.u8(Math.round(100 * priors.getOrDefault(docs.eventSources.get(i), 1f)));
    }
    List<byte[]> events = new ArrayList<>();
    for (EventDoc e : docs.events) {
      Out b = new Out();
      b.varint(e.service());
      b.u8(e.flags());
      b.u8(Math.min(255, e.nameTerms()));
      b.string(e.eventName());
      b.string(e.operation());
      b.string(e.summary());
      events.add(b.bytes());
    }
    out.table(events);
    TreeMap<byte[], List<int[]>> postings = new TreeMap<>(Arrays::compareUnsigned);
    for (int id = 0; id < docs.events.size(); id++) {
      for (Map.Entry<String, Integer> t : docs.events.get(id).terms().entrySet()) {
        postings
            .computeIfAbsent(utf8(t.getKey()), k -> new ArrayList<>())
            .add(new int[] {id, t.getValue()});
      }
    }
    List<byte[]> terms = new ArrayList<>();
    for (Map.Entry<byte[], List<int[]>> t : postings.entrySet()) {
      Out b = new Out();
      b.bytesWithLength(t.getKey());
      b.varint(t.getValue().size());
      int last = 0;
      for (int[] p : t.getValue()) {
        b.varint(p[0] - last);
        b.u8(p[1]);
        last = p[0];
      }
      terms.add(b.bytes());
    }
    out.table(terms);
    return out.bytes();
  }

  private static void writeSynonyms(Out out, List<CuratedTables.Synonym> synonyms) {
    out.varint(synonyms.size());
    for (CuratedTables.Synonym s : synonyms) {
      List<String> key = new ArrayList<>();
      for (String w : Tokens.words(s.phrase())) {
        key.add(Tokens.stem(w));
      }
      out.varint(key.size());
      key.forEach(out::string);
      out.varint(s.expansions().size());
      for (Map.Entry<String, Float> e : s.expansions().entrySet()) {
        out.string(Tokens.stem(e.getKey().toLowerCase(Locale.ROOT)));
        out.u8(Math.round(100 * e.getValue()));
      }
    }
  }

  /** {@code search-fields.bin}. */
  static byte[] fields(EventDocs docs) {
    Map<String, Integer> paths = new HashMap<>();
    List<byte[]> nodes = new ArrayList<>();
    TreeMap<byte[], List<int[]>> postings = new TreeMap<>(Arrays::compareUnsigned);
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (int id = 0; id < docs.events.size(); id++) {
      for (EventDoc.FieldOccurrence f : docs.events.get(id).fields()) {
        String key = f.name().toLowerCase(Locale.ROOT);
        int path = pathId(paths, nodes, f.path());
        postings
            .computeIfAbsent(utf8(key), k -> new ArrayList<>())
            .add(new int[] {id, Math.min(255, f.depth()), f.part(), path});
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(f.name(), 1, Integer::sum);
      }
    }
    Out out = new Out();
    out.int32(IndexFormat.FIELDS_MAGIC);
    out.varint(IndexFormat.VERSION);
    out.table(nodes);
    List<byte[]> fields = new ArrayList<>();
    for (Map.Entry<byte[], List<int[]>> f : postings.entrySet()) {
      String key = new String(f.getKey(), StandardCharsets.UTF_8);
      Out b = new Out();
      b.bytesWithLength(f.getKey());
      b.string(commonest(spellings.get(key)));
      b.varint(f.getValue().size());
      int last = 0;
      for (int[] p : f.getValue()) {
        b.varint(p[0] - last);
        b.u8(p[1]);
        b.u8(p[2]);
        b.varint(p[3]);
        last = p[0];
      }
      fields.add(b.bytes());
    }
    out.table(fields);
    return out.bytes();
  }

  /**
   * The id of {@code path} in a trie of paths: each node is its parent's id + 1 (0 at the top) and
   * the last segment. The 61,000 distinct paths share most of their prefixes, so this is a fifth of
   * their text.
   */
  private static int pathId(Map<String, Integer> ids, List<byte[]> nodes, String path) {
    Integer id = ids.get(path);
    if (id != null) {
      return id;
    }
    int dot = path.lastIndexOf('.');
    int parent = dot < 0 ? -1 : pathId(ids, nodes, path.substring(0, dot));
    Out b = new Out();
    b.varint(parent + 1);
    b.string(dot < 0 ? path : path.substring(dot + 1));
    nodes.add(b.bytes());
    ids.put(path, nodes.size() - 1);
    return nodes.size() - 1;
  }

  private static String commonest(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A growing byte buffer with the index's primitives. */
  private static final class Out {
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final DataOutputStream data = new DataOutputStream(buf);

    void int32(int v) {
      try {
        data.writeInt(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void u8(int v) {
      buf.write(Math.max(0, Math.min(255, v)));
    }

    void varint(int v) {
      while ((v & ~0x7F) != 0) {
        buf.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf.write(v);
    }

    void string(String s) {
      bytesWithLength(utf8(s));
    }

    void bytesWithLength(byte[] b) {
      varint(b.length);
      buf.write(b, 0, b.length);
    }

    /** A count, the blob's length, an offset table (int32, relative to the blob), the blob. */
    void table(List<byte[]> entries) {
      varint(entries.size());
      int total = 0;
      for (byte[] e : entries) {
        total += e.length;
      }
      int32(total);
      int offset = 0;
      for (byte[] e : entries) {
        int32(offset);
        offset += e.length;
      }
      for (byte[] e : entries) {
        buf.write(e, 0, e.length);
      }
    }

    byte[] bytes() {
      return buf.toByteArray();
    }
  }
}
