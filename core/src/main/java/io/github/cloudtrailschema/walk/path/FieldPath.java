package io.github.cloudtrailschema.walk.path;

import io.github.cloudtrailschema.text.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a value sits in a CloudTrail record: a list of typed {@link Segment}s (a member's key, a
 * list's element, any key of a map), rendered late in the project's notation, which {@code paths},
 * {@code check}, {@code scan --fields}, {@code lint} and the web explorer share: {@code
 * requestParameters.a.b[].c} for a list element, {@code a.*} for any key of a map, and {@code
 * a["odd key"]} for a key the plain notation would misread. {@link #parse} reads the notation back.
 *
 * <p>Serializable, as the scan inventories that hold them (a Spark job moves them between
 * machines). Immutable, and cheap to extend: each path shares its parent, so a walk that adds one segment
 * per node allocates one small object per node, not a copy of the prefix.
 */
public final class FieldPath implements Comparable<FieldPath>, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** One step down a record. */
  public sealed interface Segment extends java.io.Serializable permits Key, Element, AnyKey {}

  /** A member or object key, as the record writes it. */
  public record Key(String name) implements Segment {}

  /** Any element of a list: the notation's {@code []}. */
  public enum Element implements Segment {
    INSTANCE
  }

  /** Any key of a map (its keys are data): the notation's {@code .*}. */
  public enum AnyKey implements Segment {
    INSTANCE
  }

  /** The empty path: the record (or the part) itself. */
  public static final FieldPath ROOT = new FieldPath(null, null);

  private final FieldPath parent;
  private final Segment last;
  private final int size;
  private transient String text;
  private transient int hash;

  private FieldPath(FieldPath parent, Segment last) {
    this.parent = parent;
    this.last = last;
    this.size = parent == null ? 0 : parent.size + 1;
  }

  /** The path of top-level keys {@code keys[0].keys[1]...}. */
  public static FieldPath of(String... keys) {
    FieldPath p = ROOT;
    for (String k : keys) {
      p = p.key(k);
    }
    return p;
  }

  public FieldPath key(String name) {
    return new FieldPath(this, new Key(name));
  }

  public FieldPath element() {
    return new FieldPath(this, Element.INSTANCE);
  }

  public FieldPath anyKey() {
    return new FieldPath(this, AnyKey.INSTANCE);
  }

  /** This path followed by {@code rest}'s segments. */
  public FieldPath append(FieldPath rest) {
    FieldPath p = this;
    for (Segment s : rest.segments()) {
      p = p.with(s);
    }
    return p;
  }

  private FieldPath with(Segment s) {
    return new FieldPath(this, s);
  }

  public boolean isRoot() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** The path without its last segment; the root's parent is the root. */
  public FieldPath parent() {
    return parent == null ? this : parent;
  }

  public Optional<Segment> last() {
    return Optional.ofNullable(last);
  }

  /** The last key, if the path ends in one ({@code tags[].key} → {@code key}). */
  public Optional<String> lastKey() {
    return last instanceof Key k ? Optional.of(k.name()) : Optional.empty();
  }

  /** The name of the field the path ends in, past its lists ({@code a.cidrs[]} → {@code cidrs}). */
  public Optional<String> fieldName() {
    for (FieldPath p = this; p.size > 0; p = p.parent) {
      if (p.last instanceof Key k) {
        return Optional.of(k.name());
      }
      if (p.last == AnyKey.INSTANCE) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the path starts with the key {@code first} ({@code requestParameters}). */
  public boolean startsWithKey(String first) {
    return firstKey().map(first::equals).orElse(false);
  }

  /** The first segment's key ({@code requestParameters}), if it is a key. */
  public Optional<String> firstKey() {
    List<Segment> s = segments();
    return !s.isEmpty() && s.get(0) instanceof Key k ? Optional.of(k.name()) : Optional.empty();
  }

  public List<Segment> segments() {
    Segment[] out = new Segment[size];
    FieldPath p = this;
    for (int i = size - 1; i >= 0; i--) {
      out[i] = p.last;
      p = p.parent;
    }
    return List.of(out);
  }

  /** The keys only, lists and maps left out: {@code a.b[].c} → a, b, c. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(size);
    for (Segment s : segments()) {
      if (s instanceof Key k) {
        keys.add(k.name());
      }
    }
    return keys;
  }

  /** The first {@code n} segments. */
  public FieldPath prefix(int n) {
    FieldPath p = this;
    while (p.size > n) {
      p = p.parent;
    }
    return p;
  }

  /** The path below the first {@code n} segments ({@code requestParameters.a.b}, 1 → {@code a.b}). */
  public FieldPath suffix(int n) {
    FieldPath p = ROOT;
    List<Segment> s = segments();
    for (int i = Math.min(n, s.size()); i < s.size(); i++) {
      p = p.with(s.get(i));
    }
    return p;
  }

  /** Where the first list element or map key stands, or -1: the end of the scalar part. */
  public int firstContainer() {
    List<Segment> s = segments();
    for (int i = 0; i < s.size(); i++) {
      if (!(s.get(i) instanceof Key)) {
        return i;
      }
    }
    return -1;
  }

  public boolean hasElement() {
    return segments().contains(Element.INSTANCE);
  }

  public boolean hasAnyKey() {
    return segments().contains(AnyKey.INSTANCE);
  }

  /** Whether some key needs the bracket notation ({@code ["odd key"]}). */
  public boolean hasOddKey() {
    for (Segment s : segments()) {
      if (s instanceof Key k && !plain(k.name())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the key reads unambiguously without brackets (a loop: this runs once per node). */
  public static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "_$@:/+=#-".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The notation: {@code requestParameters.tags[].key}, {@code a.*}, {@code a["odd key"]}. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = parent == null ? "" : render(parent.toString(), last);
      text = t;
    }
    return t;
  }

  private static String render(String parent, Segment s) {
    if (s instanceof Key k) {
      String key = plain(k.name()) ? k.name() : "[" + JsonText.quote(k.name()) + "]";
      if (parent.isEmpty()) {
        return key;
      }
      return key.startsWith("[") ? parent + key : parent + "." + key;
    }
    return s == Element.INSTANCE ? parent + "[]" : parent + ".*";
  }

  /**
   * Reads the notation {@link #toString()} writes ({@code a.b[].c}, {@code a.*}, {@code
   * a["odd key"]}); a plain key may be any text without {@code .} or {@code [} (users type them).
   *
   * @throws IllegalArgumentException for an unclosed bracket or quote
   */
  public static FieldPath parse(String notation) {
    FieldPath p = ROOT;
    int i = 0;
    int n = notation.length();
    while (i < n) {
      char c = notation.charAt(i);
      if (c == '.') {
        i++;
        if (i < n && notation.charAt(i) == '*' && (i + 1 == n || isBoundary(notation.charAt(i + 1)))) {
          p = p.anyKey();
          i++;
        }
      } else if (notation.startsWith("[]", i)) {
        p = p.element();
        i += 2;
      } else if (notation.startsWith("[\"", i)) {
        StringBuilder key = new StringBuilder();
        i = quoted(notation, i + 1, key);
        if (!notation.startsWith("]", i)) {
          throw new IllegalArgumentException("unclosed [\"...\"] in " + notation);
        }
        p = p.key(key.toString());
        i++;
      } else if (c == '*' && i == 0 && (n == 1 || isBoundary(notation.charAt(1)))) {
        p = p.anyKey();
        i++;
      } else {
        int end = i;
        while (end < n && !isBoundary(notation.charAt(end))) {
          end++;
        }
        p = p.key(notation.substring(i, end));
        i = end;
      }
    }
    return p;
  }

  private static boolean isBoundary(char c) {
    return c == '.' || c == '[';
  }

  /** Reads a JSON string starting at {@code notation[start] == '"'}; returns the index after it. */
  private static int quoted(String notation, int start, StringBuilder key) {
    int i = start + 1;
    while (i < notation.length()) {
      char c = notation.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < notation.length()) {
        char e = notation.charAt(++i);
        switch (e) {
          case 'n' -> key.append('\n');
          case 'r' -> key.append('\r');
          case 't' -> key.append('\t');
          case 'u' -> {
            if (i + 4 >= notation.length()) {
              throw new IllegalArgumentException("bad \\u escape in " + notation);
            }
            key.append((char) Integer.parseInt(notation.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> key.append(e);
        }
      } else {
        key.append(c);
      }
      i++;
    }
    throw new IllegalArgumentException("unclosed quote in " + notation);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FieldPath other) || other.size != size || other.hashCode() != hashCode()) {
      return false;
    }
    return segments().equals(other.segments());
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && size > 0) {
      h = 31 * parent.hashCode() + last.hashCode();
      hash = h;
    }
    return h;
  }

  /** By notation: the order {@code paths} and reports print in. */
  @Override
  public int compareTo(FieldPath o) {
    return toString().compareTo(o.toString());
  }
}
