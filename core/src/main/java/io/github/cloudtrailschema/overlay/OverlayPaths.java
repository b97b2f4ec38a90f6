package io.github.cloudtrailschema.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The notation of learned paths: {@code check}'s for a leaf ({@code requestParameters.a.b[].c},
 * {@code []} a list element, {@code {}} an empty object, {@code *} a map's key), with every key
 * that looks like data rather than a name written as {@code *}. A tag name or an ID used as a key
 * is the user's data: an overlay keeps names and types, never values, so it never keeps those
 * either; and {@code check} finds a learned path again by writing the record's leaf the same way.
 */
public final class OverlayPaths {
  /** The parts of a record an overlay learns, as they begin a path. */
  public static final List<String> PARTS =
      List.of("requestParameters", "responseElements", "additionalEventData", "serviceEventDetails");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]{0,127}");

  /** Four digits in a row, or eight hex digits with a digit among them: an ID, a date, a hash. */
  private static final Pattern DATA = Pattern.compile(".*(\\d{4}|(?=[0-9a-f]{0,7}\\d)[0-9a-f]{8}).*");

  private OverlayPaths() {}

  /** One step of a path. */
  public sealed interface Segment permits Key, AnyKey, Element, EmptyObject {}

  /** A named key: {@code .name}. */
  public record Key(String name) implements Segment {}

  /** A key that is data: {@code .*}. */
  public record AnyKey() implements Segment {}

  /** A list element, or a list seen empty at the end of a path: {@code []}. */
  public record Element() implements Segment {}

  /** An object seen empty, at the end of a path: {@code {}}. */
  public record EmptyObject() implements Segment {}

  /** Whether {@code key} reads as a name (kept) rather than as data (written {@code *}). */
  public static boolean isName(String key) {
    return NAME.matcher(key).matches() && !DATA.matcher(key).matches();
  }

  /** The path with each data-like key as {@code *}; the same path in, the same path out. */
  public static String sanitise(String path) {
    StringBuilder b = new StringBuilder(path.length());
    List<Segment> segments = segments(path);
    b.append(root(path));
    for (Segment s : segments) {
      if (s instanceof Key k) {
        b.append('.').append(isName(k.name()) ? k.name() : "*");
      } else if (s instanceof AnyKey) {
        b.append(".*");
      } else if (s instanceof Element) {
        b.append("[]");
      } else {
        b.append("{}");
      }
    }
    return b.toString();
  }

  /** The record part a path begins with ({@code requestParameters}). */
  public static String root(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == '{') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /**
   * The steps after the root. A key runs to the next {@code .}, or to a {@code []} or {@code {}}
   * that follows it; a key with such characters of its own splits the same way wherever it is
   * read, so a path written and read back is the same path.
   */
  public static List<Segment> segments(String path) {
    List<Segment> out = new ArrayList<>();
    int i = root(path).length();
    while (i < path.length()) {
      if (path.startsWith("[]", i)) {
        out.add(new Element());
        i += 2;
      } else if (path.startsWith("{}", i)) {
        out.add(new EmptyObject());
        i += 2;
      } else if (path.charAt(i) == '.') {
        int end = i + 1;
        while (end < path.length()
            && path.charAt(end) != '.'
            && !path.startsWith("[]", end)
            && !path.startsWith("{}", end)) {
          end++;
        }
        String key = path.substring(i + 1, end);
        out.add(key.equals("*") ? new AnyKey() : new Key(key));
        i = end;
      } else {
        throw new IllegalArgumentException("not a path: " + path);
      }
    }
    return out;
  }
}
