package io.github.cloudtrailschema.scan;

import java.util.Arrays;

/**
 * The keys of one JSON object, to find a duplicate: an open-addressing set reused from record to
 * record. A new {@code HashSet} per record cost about a fifth of a plain scan's parsing time (its
 * table allocated and resized twice for the ~25 keys of a record); this one allocates nothing once
 * warm, and clears only the slots it filled. Jackson hands out canonical field-name strings whose
 * hash is cached, so a probe is mostly an identity check. Not thread-safe: one per file read.
 */
final class KeySet {
  private String[] slots = new String[64];
  private int[] filled = new int[32];
  private int size;

  /** Forgets every key, in time proportional to the keys added since the last clear. */
  void clear() {
    for (int i = 0; i < size; i++) {
      slots[filled[i]] = null;
    }
    size = 0;
  }

  /** Adds a key; false if it was already there. */
  boolean add(String key) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int h = key.hashCode();
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      String s = slots[i];
      if (s == null) {
        slots[i] = key;
        filled[size++] = i;
        return true;
      }
      if (s == key || s.equals(key)) {
        return false;
      }
    }
  }

  private void grow() {
    String[] old = slots;
    int[] oldFilled = filled;
    int n = size;
    slots = new String[old.length * 2];
    filled = Arrays.copyOf(filled, old.length);
    size = 0;
    for (int i = 0; i < n; i++) {
      add(old[oldFilled[i]]);
    }
  }
}
