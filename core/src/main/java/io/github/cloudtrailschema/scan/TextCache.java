package io.github.cloudtrailschema.scan;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The strings a scan keeps of each record (eventSource, eventName, region, account, principal,
 * error code) repeat from record to record; eventTime does not, and SummaryDecoder reads it
 * uncached. This direct-mapped cache hands back the same {@code String} for the same characters,
 * read straight from the parser's buffer: no new string (and no Latin-1 compression pass) per
 * field, and a hash computed once, so the inventory's map and set lookups mostly end in an identity
 * check. Bounded: a slot is overwritten on a clash. Not thread-safe: one per decoder.
 */
final class TextCache {
  /** Longer values (a rare long ARN) are not worth a slot. */
  private static final int MAX_LENGTH = 256;

  private final String[] slots;

  TextCache(int sizePowerOfTwo) {
    slots = new String[sizePowerOfTwo];
  }

  /** The current string token's text. */
  String text(JsonParser p) throws IOException {
    int len = p.getTextLength();
    if (len > MAX_LENGTH) {
      return p.getText();
    }
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    int slot = (h ^ (h >>> 16)) & (slots.length - 1);
    String s = slots[slot];
    if (s == null || !matches(s, buf, off, len)) {
      s = new String(buf, off, len);
      slots[slot] = s;
    }
    return s;
  }

  private static boolean matches(String s, char[] buf, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }
}
