package io.github.cloudtrailschema.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days as the athena commands take them: YYYY-MM-DD, anything else a usage error. */
final class AthenaDates {
  private AthenaDates() {}

  static LocalDate day(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      throw new UserError(option + ": expected a day as YYYY-MM-DD, got '" + shown + "'");
    }
  }
}
