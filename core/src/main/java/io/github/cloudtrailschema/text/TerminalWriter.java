package io.github.cloudtrailschema.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Standard output on a terminal, through {@link TerminalText}'s rule: whatever a format prints —
 * a member name, an enum value or a documentation line from a {@code --models} folder, a field of
 * a log record — no control character, C1 byte or bidirectional override reaches the terminal
 * raw. The one sanitiser at the sink, so that no renderer has to remember it. Line feeds, tabs and
 * CRLF pass; so do the colour sequences {@link Style} writes, and only those (set a few colours,
 * bold, dim, reset: none moves the cursor, retitles the window or clears the screen).
 */
public final class TerminalWriter extends FilterWriter {
  /** Exactly Style's sequences: ESC [ code m. */
  private static final Pattern STYLE = Pattern.compile("\u001b\\[(?:0|1|2|32|33|34)m");

  /** The longest of them, in chars. */
  private static final int STYLE_MAX = 5;

  /** A control sequence or CR cut by the end of a write, kept for the next one. */
  private final StringBuilder pending = new StringBuilder();

  public TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c));
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    write(new String(cbuf, off, len));
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    String s = str.substring(off, off + len);
    if (pending.length() > 0) {
      s = pending + s;
      pending.setLength(0);
    }
    int clean = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || !TerminalText.isControl(c)) {
        continue;
      }
      out.write(s, clean, i - clean);
      int kept = special(s, i);
      if (kept < 0) {
        pending.append(s, i, s.length()); // may complete in the next write
        return;
      }
      if (kept > 0) {
        out.write(s, i, kept);
        i += kept - 1;
      } else {
        out.write(TerminalText.escape(String.valueOf(c)));
      }
      clean = i + 1;
    }
    out.write(s, clean, s.length() - clean);
  }

  /**
   * How many chars at {@code i} pass as they are (a Style sequence, CR before LF), 0 if the char is
   * to be escaped, -1 if the write ends before that can be told.
   */
  private static int special(String s, int i) {
    char c = s.charAt(i);
    if (c == '\r') {
      if (i + 1 == s.length()) {
        return -1;
      }
      return s.charAt(i + 1) == '\n' ? 2 : 0;
    }
    if (c == 0x1b) {
      int end = Math.min(s.length(), i + STYLE_MAX);
      for (int j = i + 1; j < end; j++) {
        if (s.charAt(j) == 'm') {
          return STYLE.matcher(s.substring(i, j + 1)).matches() ? j + 1 - i : 0;
        }
      }
      return end == s.length() && end - i < STYLE_MAX ? -1 : 0;
    }
    return 0;
  }

  @Override
  public void flush() throws IOException {
    if (pending.length() > 0) {
      String s = pending.toString();
      pending.setLength(0);
      out.write(TerminalText.escape(s)); // an unfinished sequence at a flush is no Style's
    }
    out.flush();
  }
}
