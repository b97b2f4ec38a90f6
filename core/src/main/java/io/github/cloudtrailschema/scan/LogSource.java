package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where log files come from. A source lists the files that can match the {@link KeyFilter}, pruning
 * by the CloudTrail key layout where it can, and hands each to the sink as soon as it is known so
 * that reading starts while listing goes on.
 */
public interface LogSource {

  /** Lists the candidate files; digest files are never handed out. */
  void list(KeyFilter filter, Consumer<LogFile> sink) throws IOException;

  /** A short description for messages: the path, URL or {@code -}. */
  String describe();
}
