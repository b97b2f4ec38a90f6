package io.github.cloudtrailschema.format;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import java.util.List;

/** One-line descriptions of scalar types and constraints: {@code string, length 1..128}. */
public final class TypeDescription {
  /** Enums longer than this are shortened in one-line descriptions. */
  public static final int MAX_ENUM_VALUES = 12;

  private TypeDescription() {}

  /** {@code string}, {@code integer}, {@code timestamp}, ... */
  public static String typeName(ScalarShape s) {
    return s.kind().c2jName();
  }

  /** A leaf's type and constraints, with the timestamp style CloudTrail writes. */
  public static String describe(io.github.cloudtrailschema.walk.Node.Leaf leaf, boolean required) {
    String base = describe(leaf.shape(), required);
    return leaf.timestampStyle().isPresent()
        ? base + ", like " + leaf.timestampStyle().get().example()
        : base;
  }

  /** Type plus constraints, for trees and paths. */
  public static String describe(ScalarShape s, boolean required) {
    StringBuilder b = new StringBuilder(typeName(s));
    if (required) {
      b.append(", required");
    }
    if (s.sensitive()) {
      b.append(", sensitive");
    }
    String range =
        range(s.constraints(), s.kind() == ScalarKind.STRING || s.kind() == ScalarKind.BLOB);
    if (!range.isEmpty()) {
      b.append(", ").append(range);
    }
    if (s.constraints().pattern().isPresent()) {
      b.append(", pattern ").append(s.constraints().pattern().get());
    }
    if (!s.enumValues().isEmpty()) {
      b.append(", one of ").append(enumList(s.enumValues(), MAX_ENUM_VALUES));
    }
    return b.toString();
  }

  /** {@code length 1..128}, {@code value 0..100}, {@code items 1..10}; empty when unconstrained. */
  public static String range(Constraints c, boolean length) {
    return range(c, length ? "length" : "value");
  }

  public static String range(Constraints c, String what) {
    if (c.min().isEmpty() && c.max().isEmpty()) {
      return "";
    }
    String min = c.min().isPresent() ? number(c.min().getAsDouble()) : "";
    String max = c.max().isPresent() ? number(c.max().getAsDouble()) : "";
    if (max.isEmpty()) {
      return what + " >= " + min;
    }
    if (min.isEmpty()) {
      return what + " <= " + max;
    }
    return what + " " + min + ".." + max;
  }

  public static String enumList(List<String> values, int limit) {
    if (values.contains("")) {
      // An empty value would vanish from the list: quote every value.
      List<String> quoted = new java.util.ArrayList<>();
      for (String v : values) {
        quoted.add('"' + v + '"');
      }
      values = quoted;
    }
    if (values.size() <= limit) {
      return String.join(" | ", values);
    }
    return String.join(" | ", values.subList(0, limit)) + " | ... (" + values.size() + " values)";
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
