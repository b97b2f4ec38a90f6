package io.github.cloudtrailschema.loading;

import java.util.List;
import java.util.Optional;

/** Something wrong in a model file that the loader worked around or refused. */
public record LoadProblem(String source, String message) {
  private static final String SERVICE = "service ";
  private static final String OPERATION = ", operation ";
  private static final String SKIPPED = " skipped: ";

  /**
   * An operation left out of its service because a shape it reaches is broken. The service and
   * operation are part of the message so that a cached set (which stores source and message only)
   * reports and finds it the same way.
   */
  static LoadProblem operation(String source, String service, String operation, String why) {
    return new LoadProblem(source, SERVICE + service + OPERATION + operation + SKIPPED + why);
  }

  /** Whether this is an operation skipped, not a whole file. */
  public boolean isOperation() {
    return message.startsWith(SERVICE) && message.contains(OPERATION) && message.contains(SKIPPED);
  }

  /**
   * Why {@code operation} of {@code service} was skipped, if one of {@code problems} says so (the
   * operation's name compared in any case, as a typed name is).
   */
  public static Optional<String> whySkipped(
      List<LoadProblem> problems, String service, String operation) {
    String head = SERVICE + service + OPERATION;
    for (LoadProblem p : problems) {
      if (p.isOperation() && p.message.startsWith(head)) {
        String rest = p.message.substring(head.length());
        int at = rest.indexOf(SKIPPED);
        if (at > 0 && rest.substring(0, at).equalsIgnoreCase(operation)) {
          return Optional.of(rest.substring(at + SKIPPED.length()));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
