package io.github.cloudtrailschema.text;

/**
 * One CSV cell as a spreadsheet may safely open it, for every CSV the tool writes. Cells come from
 * input (an eventName, a field path of a log record): a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is a formula to Excel, LibreOffice and Google
 * Sheets ({@code =HYPERLINK(…)}, {@code +1+cmd|' /C calc'!A0}), so it gets a leading {@code '}, as
 * OWASP's "CSV Injection" page advises, and the cell is quoted. Control characters are escaped as
 * {@link TerminalText} escapes them (a CSV is also read with {@code cat}); then RFC 4180 quoting.
 */
public final class CsvCell {
  private CsvCell() {}

  public static String of(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    boolean formula = "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    String safe = TerminalText.escape(formula ? "'" + s : s);
    if (!formula
        && safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\n') < 0
        && safe.indexOf('\r') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
