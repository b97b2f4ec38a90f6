package io.github.cloudtrailschema.search;

import java.util.List;

/** A field query named a key that no event's record carries. */
public final class UnknownFieldException extends RuntimeException {
  private final String field;
  private final List<String> suggestions;

  public UnknownFieldException(String field, List<String> suggestions) {
    super(
        "no event has a field '"
            + field
            + "'"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.field = field;
    this.suggestions = List.copyOf(suggestions);
  }

  public String field() {
    return field;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
