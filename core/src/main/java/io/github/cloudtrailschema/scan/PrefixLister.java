package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.util.List;

/**
 * A store seen as S3 sees it: keys with {@code /}-separated prefixes. Local folders and S3 both
 * implement it so that {@link PrunedWalk} prunes them the same way.
 */
public interface PrefixLister {

  /** The names one level below {@code prefix} (which ends in {@code /} or is empty), sorted. */
  List<String> children(String prefix) throws IOException;

  /** Every object at or below {@code prefix}, in key order. */
  void objects(String prefix, ObjectSink sink) throws IOException;

  /** Turns a listed key into a file to read. */
  LogFile file(String key, long size);

  /** Receives listed objects. */
  @FunctionalInterface
  interface ObjectSink {
    void accept(String key, long size);
  }
}
