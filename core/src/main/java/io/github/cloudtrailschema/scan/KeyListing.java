package io.github.cloudtrailschema.scan;

import java.io.IOException;
import java.util.List;

/**
 * The listing {@code scan} does for a folder or an S3 prefix (pruned by the CloudTrail key layout
 * and a {@link KeyFilter}, digests and non-log files dropped), over a store this package does not
 * know: a Spark job lists through Hadoop's FileSystem and must select exactly the files {@code
 * scan} would.
 */
public final class KeyListing {

  /** A store seen as S3 sees it: keys with {@code /}-separated prefixes below some root. */
  public interface Store {
    /** The folder names one level below {@code prefix} (empty or ending in {@code /}), sorted. */
    List<String> children(String prefix) throws IOException;

    /** Every object at or below {@code prefix}, in key order. */
    void objects(String prefix, KeySink sink) throws IOException;
  }

  /** Receives a selected (or listed) key with its size in bytes. */
  @FunctionalInterface
  public interface KeySink {
    void accept(String key, long size);
  }

  private KeyListing() {}

  /** Hands {@code sink} every key below the store's root that {@code scan} would read. */
  public static void walk(Store store, KeyFilter filter, KeySink sink) throws IOException {
    PrefixLister lister =
        new PrefixLister() {
          @Override
          public List<String> children(String prefix) throws IOException {
            return store.children(prefix);
          }

          @Override
          public void objects(String prefix, ObjectSink objects) throws IOException {
            store.objects(prefix, objects::accept);
          }

          @Override
          public LogFile file(String key, long size) {
            return new LogFile(key, size, () -> null, false);
          }
        };
    new PrunedWalk(lister, filter, f -> sink.accept(f.path(), f.size())).walk("");
  }
}
