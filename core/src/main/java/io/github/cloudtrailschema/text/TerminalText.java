package io.github.cloudtrailschema.text;

/**
 * Makes text taken from input (log records, file names, typed arguments) safe to print on a
 * terminal. A log line is written by whoever made the API call, so its eventName or a map key may
 * hold {@code ESC ] 0 ; … BEL} (retitle the window) or {@code ESC [ 2 J} (clear the screen): shown
 * raw, the record would drive the reader's terminal. Control characters (C0, DEL, C1) and the
 * bidirectional overrides that reorder what is seen are shown as escapes instead; everything else
 * passes unchanged. Machine formats (JSON, CSV into a file) keep the exact bytes.
 */
public final class TerminalText {
  /** How much of a typed argument an error message echoes. */
  public static final int ECHO_LIMIT = 200;

  private TerminalText() {}

  /** {@code s} with every control character escaped ({@code \e}, {@code \xNN}, {@code \}{@code uNNNN}). */
  public static String escape(String s) {
    if (s == null || isClean(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      } else if (c == 0x1b) {
        b.append("\\e");
      } else if (c < 0x100) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  /**
   * An argument as an error message may quote it: escaped, and cut to {@link #ECHO_LIMIT}
   * characters with a count of what was left out, so a 100 KB argument is not echoed whole.
   */
  public static String echo(String s) {
    if (s == null) {
      return null;
    }
    if (s.length() <= ECHO_LIMIT) {
      return escape(s);
    }
    return escape(s.substring(0, ECHO_LIMIT))
        + "… ("
        + String.format(java.util.Locale.ROOT, "%,d", s.length())
        + " characters)";
  }

  private static boolean isClean(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A char that would drive a terminal: C0 controls, DEL, C1 controls, bidirectional overrides. */
  static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * A message for stderr: one line, control characters escaped (messages quote file names,
   * arguments and record content) and cut to a few lines' worth, so no input can flood or drive
   * the terminal through an error.
   */
  public static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.replaceAll("\\s*\\R\\s*", " ").trim();
    if (line.length() > MESSAGE_LIMIT) {
      line =
          line.substring(0, MESSAGE_LIMIT)
              + "… ("
              + String.format(java.util.Locale.ROOT, "%,d", line.length())
              + " characters)";
    }
    return escape(line);
  }

  /** The longest message echoed: enough for any real one, two lines of a terminal at most. */
  private static final int MESSAGE_LIMIT = 2 * ECHO_LIMIT;
}
